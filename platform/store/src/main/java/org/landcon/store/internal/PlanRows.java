package org.landcon.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.landcon.store.StoreException;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanState;

/** Reads and updates rows of {@code plan}. */
final class PlanRows {
    private static final String SELECT = "SELECT id, unit_code, name, region, county, state, created_ms, created_by,"
            + " approved_version_id FROM plan ";

    private PlanRows() {
    }

    static Optional<Plan> find(Connection c, long id) throws SQLException {
        List<Plan> found = query(c, SELECT + "WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** The plan, or a refusal naming it. */
    static Plan get(Connection c, long id) throws SQLException {
        return find(c, id).orElseThrow(() -> new StoreException("方案 " + id + " 不存在", "plan " + id + " does not exist"));
    }

    static List<Plan> all(Connection c) throws SQLException {
        return query(c, SELECT + "ORDER BY id DESC", null);
    }

    static void setState(Connection c, long id, PlanState state) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE plan SET state = ? WHERE id = ?")) {
            p.setString(1, state.code());
            p.setLong(2, id);
            p.executeUpdate();
        }
    }

    static void freeze(Connection c, long id, long versionId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE plan SET state = ?, approved_version_id = ? WHERE id = ?")) {
            p.setString(1, PlanState.APPROVED.code());
            p.setLong(2, versionId);
            p.setLong(3, id);
            p.executeUpdate();
        }
    }

    /** Refuses an edit of a plan that is no longer a draft: its versions are frozen. */
    static void requireEditable(Plan plan) {
        if (plan.state() != PlanState.DRAFT && plan.state() != PlanState.CONSENTED) {
            throw new StoreException("方案 " + plan.id() + " 处于「" + plan.state().zh() + "」状态，版本已冻结，不能修改",
                    "plan " + plan.id() + " is " + plan.state().code() + ": its versions are frozen and cannot change");
        }
    }

    private static List<Plan> query(Connection c, String sql, Object param) throws SQLException {
        List<Plan> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (param != null) {
                p.setObject(1, param);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long approved = r.getLong(9);
                    out.add(new Plan(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            PlanState.ofCode(r.getString(6)), Instant.ofEpochMilli(r.getLong(7)), r.getString(8),
                            r.wasNull() ? null : approved));
                }
            }
        }
        return out;
    }
}
