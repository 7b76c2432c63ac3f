package org.landcon.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations: numbered scripts {@code V<n>__<what>.sql} beside this class, each
 * applied once and recorded in {@code schema_version}; running again applies nothing.
 */
final class Migrations {

    /** In order; a new migration is a new script appended here, never an edit of an old one. */
    static final List<String> SCRIPTS = List.of("V1__plans_versions_audit.sql", "V2__parcels_layers.sql",
            "V3__workflow.sql", "V4__users.sql");

    private Migrations() {
    }

    /** Applies the scripts not applied yet; returns how many were applied. */
    static int migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY,"
                    + " script VARCHAR(200) NOT NULL, applied_ms BIGINT NOT NULL)");
        }
        int current = current(c);
        int applied = 0;
        for (int v = current + 1; v <= SCRIPTS.size(); v++) {
            apply(c, v, SCRIPTS.get(v - 1));
            applied++;
        }
        return applied;
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void apply(Connection c, int version, String script) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : statements(script)) {
                s.execute(sql);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
                p.setInt(1, version);
                p.setString(2, script);
                p.setLong(3, System.currentTimeMillis());
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The statements of a script: split at {@code ;} ending a line, {@code --} comments dropped. */
    static List<String> statements(String script) {
        StringBuilder text = new StringBuilder();
        for (String line : read(script).split("\n")) {
            if (!line.strip().startsWith("--")) {
                text.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(text.toString().split(";\\s*\n")).map(String::strip)
                .filter(sql -> !sql.isEmpty()).toList();
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the bundle: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
