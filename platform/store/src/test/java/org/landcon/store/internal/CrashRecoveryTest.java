package org.landcon.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.store.model.AuditEntry;
import org.landcon.store.model.PlanVersion;

/**
 * Kills a writing JVM with SIGKILL three times and checks after each kill that every write it had
 * acknowledged is in the reopened database and the audit chain verifies.
 */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesKillMinus9() throws Exception {
        Path db = dir.resolve("crash");
        List<Long> versions = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            int before = versions.size();
            runAndKill(db, versions, seqs);
            assertTrue(versions.size() > before + 5, "round " + round + " wrote something before the kill");
            try (Database reopened = new Database(Database.urlFor(db), Clock.systemUTC())) {
                H2PlanStore plans = new H2PlanStore(reopened);
                H2AuditLog audit = new H2AuditLog(reopened);
                List<Long> stored = plans.versions(plans.plans().get(0).id()).stream().map(PlanVersion::id).toList();
                assertTrue(stored.containsAll(versions), "round " + round + ": every acknowledged version is there");
                long lastSeq = audit.latest(1).get(0).seq();
                assertTrue(lastSeq >= seqs.get(seqs.size() - 1), "round " + round + ": every acknowledged audit entry is there");
                var check = audit.verify();
                assertTrue(check.intact(), "round " + round + ": " + check.reason());
                for (long seq : seqs.subList(Math.max(0, seqs.size() - 3), seqs.size())) {
                    AuditEntry e = audit.latest((int) (lastSeq - seq + 1)).get(0);
                    assertEquals(seq, e.seq());
                    assertEquals("tick", e.action());
                }
            }
        }
    }

    private static void runAndKill(Path db, List<Long> versions, List<Long> seqs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriterMain.class.getName(), db.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int before = versions.size();
        Thread reader = new Thread(() -> read(p, versions, seqs));
        reader.start();
        synchronized (versions) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (versions.size() == before && System.currentTimeMillis() < deadline) {
                versions.wait(100);
            }
        }
        Thread.sleep(1000); // writing for ~1 s after its first acknowledged write
        p.destroyForcibly();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        reader.join();
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
    }

    private static void read(Process p, List<Long> versions, List<Long> seqs) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                String[] parts = line.split(" ");
                synchronized (versions) {
                    if (parts[0].equals("version")) {
                        versions.add(Long.valueOf(parts[1]));
                        versions.notifyAll();
                    } else if (parts[0].equals("audit")) {
                        seqs.add(Long.valueOf(parts[1]));
                    }
                }
            }
        } catch (java.io.IOException e) {
            // the pipe closes when the child is killed
        }
    }
}
