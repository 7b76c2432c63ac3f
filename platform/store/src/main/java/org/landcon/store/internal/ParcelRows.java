package org.landcon.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.store.StoreException;
import org.locationtech.jts.geom.Geometry;

/** Inserts and reads the change parcels (变化地块) of a version. */
final class ParcelRows {
    private static final String COLUMNS = "id, subproject, name, type, kind, to_dlbm, to_grade, to_kcxs, measure,"
            + " start_date, finish_date, properties, geom";

    private ParcelRows() {
    }

    static int count(Connection c, long versionId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM change_parcel WHERE version_id = ?")) {
            p.setLong(1, versionId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    static void insert(Connection c, long versionId, List<ChangeParcel> parcels) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO change_parcel (version_id, " + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (ChangeParcel cp : parcels) {
                requireGeometry(cp);
                p.setLong(1, versionId);
                p.setString(2, cp.id());
                p.setString(3, cp.subproject());
                p.setString(4, cp.name());
                p.setString(5, cp.type());
                p.setString(6, cp.kind());
                p.setString(7, cp.toDLBM());
                p.setObject(8, cp.toGrade(), Types.INTEGER);
                p.setDouble(9, cp.toKCXS());
                p.setString(10, cp.measure());
                p.setDate(11, cp.start() == null ? null : Date.valueOf(cp.start()));
                p.setDate(12, cp.finish() == null ? null : Date.valueOf(cp.finish()));
                p.setString(13, Json.write(cp.properties()));
                p.setObject(14, cp.geometry());
                p.executeUpdate();
            }
        }
    }

    static List<ChangeParcel> read(Connection c, long versionId) throws SQLException {
        List<ChangeParcel> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM change_parcel WHERE version_id = ? ORDER BY id")) {
            p.setLong(1, versionId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    int grade = r.getInt(7);
                    Integer toGrade = r.wasNull() ? null : grade;
                    Date start = r.getDate(10);
                    Date finish = r.getDate(11);
                    out.add(new ChangeParcel(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), toGrade, r.getDouble(8), r.getString(9),
                            start == null ? null : start.toLocalDate(), finish == null ? null : finish.toLocalDate(),
                            Json.readMap(r.getString(12)), r.getObject(13, Geometry.class)));
                }
            }
        }
        return out;
    }

    private static void requireGeometry(ChangeParcel cp) {
        if (cp.id() == null || cp.id().isBlank()) {
            throw new StoreException("变化地块缺少 id（子项目 " + cp.subproject() + "），未保存任何地块",
                    "a change parcel has no id (sub-project " + cp.subproject() + "); no parcel was stored");
        }
        if (cp.geometry() == null || cp.geometry().isEmpty()) {
            throw new StoreException("变化地块 " + cp.id() + " 没有几何图形，未保存任何地块",
                    "change parcel " + cp.id() + " has no geometry; no parcel was stored");
        }
    }
}
