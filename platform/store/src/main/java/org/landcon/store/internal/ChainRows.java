package org.landcon.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.landcon.api.model.ApprovalStep;
import org.landcon.store.model.StepRecord;

/** Submissions and the steps of their approval chains. */
final class ChainRows {

    /** The current submission of a plan. */
    record Submission(long id, long versionId) {
    }

    private ChainRows() {
    }

    static long insert(Connection c, long planId, long versionId, String actor, long atMs, List<ApprovalStep> chain)
            throws SQLException {
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO submission (plan_id, version_id, submitted_ms,"
                + " submitted_by, outcome) VALUES (?,?,?,?,'pending')", new String[] { "ID" })) {
            p.setLong(1, planId);
            p.setLong(2, versionId);
            p.setLong(3, atMs);
            p.setString(4, actor);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO approval_step (submission_id, ord, level, name_zh, filing)"
                + " VALUES (?,?,?,?,?)")) {
            for (int i = 0; i < chain.size(); i++) {
                p.setLong(1, id);
                p.setInt(2, i);
                p.setString(3, chain.get(i).level());
                p.setString(4, chain.get(i).nameZh());
                p.setBoolean(5, chain.get(i).filing());
                p.executeUpdate();
            }
        }
        return id;
    }

    static Optional<Submission> current(Connection c, long planId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id, version_id FROM submission WHERE plan_id = ?"
                + " ORDER BY id DESC LIMIT 1")) {
            p.setLong(1, planId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(new Submission(r.getLong(1), r.getLong(2))) : Optional.empty();
            }
        }
    }

    static List<StepRecord> steps(Connection c, long submissionId) throws SQLException {
        List<StepRecord> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT ord, level, name_zh, filing, done_ms, done_by, reference"
                + " FROM approval_step WHERE submission_id = ? ORDER BY ord")) {
            p.setLong(1, submissionId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long done = r.getLong(5);
                    Instant at = r.wasNull() ? null : Instant.ofEpochMilli(done);
                    out.add(new StepRecord(r.getInt(1), r.getString(2), r.getString(3), r.getBoolean(4), at,
                            r.getString(6), r.getString(7)));
                }
            }
        }
        return out;
    }

    /** The first step not done yet that is (or is not) a filing. */
    static Optional<StepRecord> pending(List<StepRecord> steps, boolean filing) {
        return steps.stream().filter(s -> s.done() == null && s.filing() == filing).findFirst();
    }

    static void done(Connection c, long submissionId, int ord, String actor, long atMs, String reference)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE approval_step SET done_ms = ?, done_by = ?, reference = ?"
                + " WHERE submission_id = ? AND ord = ?")) {
            p.setLong(1, atMs);
            p.setString(2, actor);
            p.setString(3, reference);
            p.setLong(4, submissionId);
            p.setInt(5, ord);
            p.executeUpdate();
        }
    }

    static void outcome(Connection c, long submissionId, String outcome) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE submission SET outcome = ? WHERE id = ?")) {
            p.setString(1, outcome);
            p.setLong(2, submissionId);
            p.executeUpdate();
        }
    }
}
