package org.landcon.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Appends the audit entry of a write on the write's own connection (same transaction). */
final class Audit {
    private final Database db;

    Audit(Database db) {
        this.db = db;
    }

    void record(Connection c, String actor, String action, String target, Object... details) throws SQLException {
        AuditChain.append(c, db.clock().millis(), actor, action, target, Json.details(details));
    }
}
