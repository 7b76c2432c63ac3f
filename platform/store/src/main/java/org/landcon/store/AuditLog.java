package org.landcon.store;

import java.util.List;

import org.landcon.store.model.AuditEntry;
import org.landcon.store.model.ChainCheck;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only, hash-chained audit log (全过程留痕). Each entry's hash is SHA-256 over its
 * canonical fields and the previous entry's hash, so changing, inserting or removing a past entry
 * breaks the chain at that entry. Every store write appends its entry in its own transaction.
 */
@ProviderType
public interface AuditLog {

    /**
     * Appends an entry.
     *
     * @param target  what the action was done to, e.g. {@code plan:12}, {@code user:alice}
     * @param details a JSON object with the particulars (may be {@code null} for {@code {}})
     */
    AuditEntry append(String actor, String action, String target, String details);

    /** The entries about {@code target}, oldest first. */
    List<AuditEntry> entries(String target);

    /** The last {@code limit} entries, oldest first. */
    List<AuditEntry> latest(int limit);

    /** Recomputes the whole chain: {@link ChainCheck#intact()} or the first broken entry. */
    ChainCheck verify();
}
