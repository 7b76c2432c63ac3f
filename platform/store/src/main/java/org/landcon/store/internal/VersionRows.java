package org.landcon.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.store.StoreException;
import org.landcon.store.model.PlanVersion;
import org.landcon.store.model.RuleVersion;

/** Inserts and reads plan versions with their sources and rules; versions are never updated. */
final class VersionRows {
    private static final String SELECT = "SELECT id, plan_id, number, created_ms, author, note, sha256, violations"
            + " FROM plan_version ";

    private VersionRows() {
    }

    static long insert(Connection c, long planId, byte[] json, String sha256, int violations, String author,
            String note, long atMs) throws SQLException {
        int number = nextNumber(c, planId);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO plan_version (plan_id, number, plan_json, sha256,"
                + " violations, author, note, created_ms) VALUES (?,?,?,?,?,?,?,?)", new String[] { "ID" })) {
            p.setLong(1, planId);
            p.setInt(2, number);
            p.setBytes(3, json);
            p.setString(4, sha256);
            p.setInt(5, violations);
            p.setString(6, author);
            p.setString(7, note);
            p.setLong(8, atMs);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void insertSources(Connection c, long versionId, Map<String, String> sources) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO version_source VALUES (?,?,?)")) {
            for (Map.Entry<String, String> s : sources.entrySet()) {
                p.setLong(1, versionId);
                p.setString(2, s.getKey());
                p.setString(3, s.getValue());
                p.executeUpdate();
            }
        }
    }

    static void insertRules(Connection c, long versionId, List<RuleVersion> rules) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO version_rule VALUES (?,?,?,?,?)")) {
            for (RuleVersion r : rules) {
                p.setLong(1, versionId);
                p.setString(2, r.id());
                p.setString(3, r.bundle());
                p.setString(4, r.version());
                p.setString(5, r.outcome());
                p.executeUpdate();
            }
        }
    }

    static List<PlanVersion> query(Connection c, String where, Object... params) throws SQLException {
        List<PlanVersion> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(SELECT + where)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    out.add(new PlanVersion(id, r.getLong(2), r.getInt(3), Instant.ofEpochMilli(r.getLong(4)),
                            r.getString(5), r.getString(6), r.getString(7), r.getInt(8), sources(c, id), rules(c, id)));
                }
            }
        }
        return out;
    }

    /** The version, or a refusal naming it. */
    static PlanVersion get(Connection c, long versionId) throws SQLException {
        return query(c, "WHERE id = ?", versionId).stream().findFirst().orElseThrow(() -> new StoreException(
                "方案版本 " + versionId + " 不存在", "plan version " + versionId + " does not exist"));
    }

    static byte[] json(Connection c, long versionId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT plan_json FROM plan_version WHERE id = ?")) {
            p.setLong(1, versionId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new StoreException("方案版本 " + versionId + " 不存在", "plan version " + versionId + " does not exist");
                }
                return r.getBytes(1);
            }
        }
    }

    private static int nextNumber(Connection c, long planId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(number), 0) + 1 FROM plan_version WHERE plan_id = ?")) {
            p.setLong(1, planId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static Map<String, String> sources(Connection c, long versionId) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT file_name, sha256 FROM version_source WHERE version_id = ? ORDER BY file_name")) {
            p.setLong(1, versionId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
        }
        return out;
    }

    private static List<RuleVersion> rules(Connection c, long versionId) throws SQLException {
        List<RuleVersion> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT rule_id, bundle, bundle_version, outcome FROM version_rule"
                + " WHERE version_id = ? ORDER BY rule_id")) {
            p.setLong(1, versionId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new RuleVersion(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
                }
            }
        }
        return out;
    }
}
