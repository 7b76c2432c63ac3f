package org.landcon.store.model;

/**
 * The result of checking the audit chain.
 *
 * @param entries        how many entries were read
 * @param firstBrokenSeq the first entry that does not verify, or {@code null} when intact
 * @param reason         why it does not verify (Chinese / English), or {@code null}
 */
public record ChainCheck(long entries, Long firstBrokenSeq, String reason) {

    /** {@code true} when every entry verifies. */
    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
