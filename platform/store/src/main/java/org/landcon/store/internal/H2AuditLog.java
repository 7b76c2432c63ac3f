package org.landcon.store.internal;

import java.util.List;

import org.landcon.store.AuditLog;
import org.landcon.store.model.AuditEntry;
import org.landcon.store.model.ChainCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit log in the store's H2 database. */
@Component(service = AuditLog.class)
public final class H2AuditLog implements AuditLog {
    private final Database db;

    @Activate
    public H2AuditLog(@Reference Database db) {
        this.db = db;
    }

    @Override
    public AuditEntry append(String actor, String action, String target, String details) {
        return db.write(c -> AuditChain.append(c, db.clock().millis(), actor, action, target, details));
    }

    @Override
    public List<AuditEntry> entries(String target) {
        return db.read(c -> AuditChain.entries(c, "WHERE target = ?", target, " ORDER BY seq"));
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        List<AuditEntry> newestFirst = db.read(c -> AuditChain.entries(c, "", null, " ORDER BY seq DESC LIMIT " + limit));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public ChainCheck verify() {
        return db.read(AuditChain::verify);
    }
}
