package org.landcon.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.store.model.AuditEntry;
import org.landcon.store.model.ChainCheck;
import org.landcon.store.model.Plan;

class AuditLogTest {
    @TempDir
    Path dir;
    Fixture f;
    Plan plan;

    @BeforeEach
    void open() {
        f = new Fixture(dir);
        plan = f.plans.createPlan("640122101", "习岗镇", "640000", "640122", "compiler");
        f.plans.saveVersion(plan.id(), Fixture.planJson(Map.of("PBF-CAP", "pass")), Map.of(), "compiler", "v1");
        f.audit.append("auditor", "export", "plan:" + plan.id(), "{\"format\":\"xlsx\"}");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everyWriteIsChainedAndTheChainVerifies() {
        var entries = f.audit.entries("plan:" + plan.id());
        assertEquals(java.util.List.of("plan.create", "plan.version.save", "export"),
                entries.stream().map(AuditEntry::action).toList());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).hash(), entries.get(i).prevHash());
        }
        AuditEntry last = entries.get(2);
        assertEquals(AuditChain.hash(last.seq(), last.time().toEpochMilli(), "auditor", "export", "plan:" + plan.id(),
                "{\"format\":\"xlsx\"}", last.prevHash()), last.hash());
        ChainCheck check = f.audit.verify();
        assertTrue(check.intact());
        assertNull(check.reason());
        assertEquals(f.audit.latest(1000).size(), check.entries());
    }

    @Test
    void anAlteredRowIsDetectedAtItsSeq() {
        long seq = f.audit.entries("plan:" + plan.id()).get(1).seq();
        sql("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = " + seq);
        ChainCheck check = f.audit.verify();
        assertEquals(seq, check.firstBrokenSeq());
        assertEquals("第 " + seq + " 条内容已被改动 / entry " + seq + " was altered", check.reason());
    }

    @Test
    void aRowRewrittenWithAFreshHashBreaksTheNextLink() {
        AuditEntry e = f.audit.entries("plan:" + plan.id()).get(1);
        String forged = AuditChain.hash(e.seq(), e.time().toEpochMilli(), e.actor(), e.action(), e.target(), "{}", e.prevHash());
        sql("UPDATE audit_entry SET details = '{}', hash = '" + forged + "' WHERE seq = " + e.seq());
        assertEquals(e.seq() + 1, f.audit.verify().firstBrokenSeq());
    }

    @Test
    void aDeletedRowIsDetected() {
        long seq = f.audit.entries("plan:" + plan.id()).get(0).seq();
        sql("DELETE FROM audit_entry WHERE seq = " + seq);
        ChainCheck check = f.audit.verify();
        assertEquals(seq, check.firstBrokenSeq());
        assertEquals("第 " + seq + " 条缺失 / entry " + seq + " is missing", check.reason());
    }

    private void sql(String sql) {
        f.db.read(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(sql);
            }
        });
    }
}
