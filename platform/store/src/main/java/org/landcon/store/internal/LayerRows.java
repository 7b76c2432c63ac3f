package org.landcon.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.landcon.store.StoreException;
import org.landcon.store.model.LayerFeature;
import org.landcon.store.model.LayerSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Layers of versions. A layer's features are stored once per (name, SHA-256) and shared by every
 * version that links it, so that re-assembling with the same DLTB copies nothing.
 */
final class LayerRows {
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private LayerRows() {
    }

    /** The data id of a layer already stored with this checksum, or 0. */
    static long existingData(Connection c, String layer, String sha256) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM layer_data WHERE name = ? AND sha256 = ?")) {
            p.setString(1, layer);
            p.setString(2, sha256);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    static long insertData(Connection c, String layer, String sourceFile, String sha256, List<LayerFeature> features)
            throws SQLException {
        long dataId;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO layer_data (name, sha256, feature_count) VALUES (?,?,?)",
                new String[] { "ID" })) {
            p.setString(1, layer);
            p.setString(2, sha256);
            p.setInt(3, features.size());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                dataId = keys.getLong(1);
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO layer_feature VALUES (?,?,?,?)")) {
            int index = 0;
            for (LayerFeature f : features) {
                index++;
                if (f.geometry() == null || f.geometry().isEmpty()) {
                    throw new StoreException(sourceFile + "：图层 " + layer + " 第 " + index + " 个要素（" + f.id()
                            + "）没有几何图形，整个图层未保存", sourceFile + ": layer " + layer + " feature " + index
                            + " (" + f.id() + ") has no geometry; nothing of the layer was stored");
                }
                p.setLong(1, dataId);
                p.setString(2, f.id());
                p.setString(3, Json.write(f.properties()));
                p.setObject(4, f.geometry());
                p.executeUpdate();
            }
        }
        return dataId;
    }

    static void link(Connection c, long versionId, String layer, String sourceFile, long dataId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO version_layer VALUES (?,?,?,?)")) {
            p.setLong(1, versionId);
            p.setString(2, layer);
            p.setString(3, sourceFile);
            p.setLong(4, dataId);
            p.executeUpdate();
        }
    }

    static List<LayerSource> sources(Connection c, long versionId, String layer) throws SQLException {
        List<LayerSource> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT v.name, v.source_file, d.sha256, d.feature_count"
                + " FROM version_layer v JOIN layer_data d ON d.id = v.layer_data_id WHERE v.version_id = ?"
                + (layer == null ? "" : " AND v.name = ?") + " ORDER BY v.name")) {
            p.setLong(1, versionId);
            if (layer != null) {
                p.setString(2, layer);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new LayerSource(r.getString(1), r.getString(2), r.getString(3), r.getInt(4)));
                }
            }
        }
        return out;
    }

    /**
     * Features whose geometry intersects {@code bbox}: {@code &&} picks candidates through the spatial
     * index (bounding boxes), JTS keeps those that really intersect.
     */
    static List<LayerFeature> features(Connection c, long versionId, String layer, Envelope bbox) throws SQLException {
        Geometry window = bbox == null ? null : GEOMETRIES.toGeometry(bbox);
        String sql = "SELECT f.fid, f.properties, f.geom FROM layer_feature f JOIN version_layer v"
                + " ON v.layer_data_id = f.layer_data_id WHERE v.version_id = ? AND v.name = ?"
                + (window == null ? "" : " AND f.geom && ?") + " ORDER BY f.fid";
        List<LayerFeature> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, versionId);
            p.setString(2, layer);
            if (window != null) {
                p.setObject(3, window);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Geometry g = r.getObject(3, Geometry.class);
                    if (window == null || window.intersects(g)) {
                        out.add(new LayerFeature(r.getString(1), Json.readMap(r.getString(2)), g));
                    }
                }
            }
        }
        return out;
    }
}
