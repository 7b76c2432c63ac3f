package org.landcon.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.landcon.store.model.AuditEntry;
import org.landcon.store.model.ChainCheck;

/**
 * The hash chain of the audit log, on the caller's connection so that an entry commits or rolls
 * back with the write it records. Canonical form: each of seq, time (epoch ms), actor, action,
 * target, details and prev_hash as {@code <length>:<text>;} in UTF-8; hash = SHA-256 of that.
 */
final class AuditChain {
    static final String GENESIS = "0".repeat(64);
    private static final String COLUMNS = "seq, at_ms, actor, action, target, details, prev_hash, hash";

    private AuditChain() {
    }

    static AuditEntry append(Connection c, long atMs, String actor, String action, String target, String details)
            throws SQLException {
        long seq = 1;
        String prev = GENESIS;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")) {
            if (r.next()) {
                seq = r.getLong(1) + 1;
                prev = r.getString(2);
            }
        }
        String text = details == null || details.isBlank() ? "{}" : details;
        AuditEntry e = new AuditEntry(seq, Instant.ofEpochMilli(atMs), actor, action, target, text, prev,
                hash(seq, atMs, actor, action, target, text, prev));
        try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?)")) {
            p.setLong(1, seq);
            p.setLong(2, atMs);
            p.setString(3, actor);
            p.setString(4, action);
            p.setString(5, target);
            p.setString(6, text);
            p.setString(7, prev);
            p.setString(8, e.hash());
            p.executeUpdate();
        }
        return e;
    }

    static String hash(long seq, long atMs, String actor, String action, String target, String details, String prev) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] { Long.toString(seq), Long.toString(atMs), actor, action, target, details, prev }) {
            String f = field == null ? "" : field;
            canonical.append(f.length()).append(':').append(f).append(';');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<AuditEntry> entries(Connection c, String where, Object param, String suffix) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry " + where + suffix)) {
            if (param != null) {
                p.setObject(1, param);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new AuditEntry(r.getLong(1), Instant.ofEpochMilli(r.getLong(2)), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8)));
                }
            }
        }
        return out;
    }

    /** Walks the chain in order: gaps, a wrong prev_hash or a wrong hash break it. */
    static ChainCheck verify(Connection c) throws SQLException {
        long expectedSeq = 1;
        String prev = GENESIS;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq")) {
            while (r.next()) {
                long seq = r.getLong(1);
                if (seq != expectedSeq) {
                    return new ChainCheck(expectedSeq - 1, expectedSeq,
                            "第 " + expectedSeq + " 条缺失 / entry " + expectedSeq + " is missing");
                }
                if (!prev.equals(r.getString(7))) {
                    return new ChainCheck(seq, seq, "第 " + seq + " 条的前一哈希与上一条不符 / entry " + seq
                            + " does not link to the previous entry");
                }
                String hash = hash(seq, r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), prev);
                if (!hash.equals(r.getString(8))) {
                    return new ChainCheck(seq, seq, "第 " + seq + " 条内容已被改动 / entry " + seq + " was altered");
                }
                prev = hash;
                expectedSeq++;
            }
        }
        return new ChainCheck(expectedSeq - 1, null, null);
    }
}
