package org.landcon.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.store.model.SubprojectAcceptance;

/** Sub-project and overall acceptance (条九) and maintenance. */
final class AcceptanceRows {

    private AcceptanceRows() {
    }

    /**
     * The sub-projects of a version → whether each creates new 耕地: a parcel whose class after the
     * works is 耕地 (01xx) and whose kind is not {@code quality-upgrade} (提质改造 of existing 耕地).
     */
    static Map<String, Boolean> subprojects(Connection c, long versionId) throws SQLException {
        Map<String, Boolean> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT subproject, MAX(CASE WHEN to_dlbm LIKE '01%'"
                + " AND COALESCE(kind, '') <> 'quality-upgrade' THEN 1 ELSE 0 END) FROM change_parcel"
                + " WHERE version_id = ? GROUP BY subproject ORDER BY subproject")) {
            p.setLong(1, versionId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getInt(2) == 1);
                }
            }
        }
        return out;
    }

    static void insert(Connection c, long planId, SubprojectAcceptance a) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO subproject_acceptance VALUES (?,?,?,?,?,?)")) {
            p.setLong(1, planId);
            p.setString(2, a.subproject());
            p.setDate(3, Date.valueOf(a.date()));
            p.setObject(4, a.measuredArea(), Types.DOUBLE);
            p.setString(5, a.reference());
            p.setString(6, a.acceptedBy());
            p.executeUpdate();
        }
    }

    static List<SubprojectAcceptance> all(Connection c, long planId) throws SQLException {
        List<SubprojectAcceptance> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT subproject, accepted, measured_area, reference, accepted_by"
                + " FROM subproject_acceptance WHERE plan_id = ? ORDER BY subproject")) {
            p.setLong(1, planId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    double area = r.getDouble(3);
                    Double measured = r.wasNull() ? null : area;
                    out.add(new SubprojectAcceptance(r.getString(1), r.getDate(2).toLocalDate(), measured,
                            r.getString(4), r.getString(5)));
                }
            }
        }
        return out;
    }

    static void overall(Connection c, long planId, java.time.LocalDate date, String reference, String actor)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO overall_acceptance VALUES (?,?,?,?)")) {
            p.setLong(1, planId);
            p.setDate(2, Date.valueOf(date));
            p.setString(3, reference);
            p.setString(4, actor);
            p.executeUpdate();
        }
    }

    static void maintenance(Connection c, long planId, String owner, double funds, String source, String actor)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO maintenance VALUES (?,?,?,?,?)")) {
            p.setLong(1, planId);
            p.setString(2, owner);
            p.setDouble(3, funds);
            p.setString(4, source);
            p.setString(5, actor);
            p.executeUpdate();
        }
    }
}
