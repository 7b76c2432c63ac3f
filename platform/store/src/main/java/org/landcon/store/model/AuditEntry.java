package org.landcon.store.model;

import java.time.Instant;

/**
 * One entry of the audit log.
 *
 * @param seq      1, 2, 3 … without gaps
 * @param time     when (millisecond precision)
 * @param actor    who
 * @param action   what, e.g. {@code plan.version.save}, {@code workflow.approve}
 * @param target   to what, e.g. {@code plan:12}
 * @param details  JSON object with the particulars
 * @param prevHash the previous entry's hash (64 zeros for the first)
 * @param hash     SHA-256 (hex) over the canonical fields and {@code prevHash}
 */
public record AuditEntry(long seq, Instant time, String actor, String action, String target, String details,
        String prevHash, String hash) {
}
