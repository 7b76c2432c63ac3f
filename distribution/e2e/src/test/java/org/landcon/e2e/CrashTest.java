package org.landcon.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Nothing acknowledged is lost (issue 5): the platform writes plans and parcel edits in a loop,
 * is killed with SIGKILL at an arbitrary moment, restarted on the same data, three times; every
 * upload answered 201 and every edit answered 200 before the kill is there afterwards, with at
 * least the version number it was acknowledged with, and the audit chain verifies.
 */
class CrashTest {
    static final String USER = "crash-compiler";

    @Test
    void everyAcknowledgedPlanAndEditSurvivesKillNine() throws Exception {
        Path dir = Files.createTempDirectory("landcon-crash");
        byte[] zip = Packages.zip(Packages.township(11));
        Map<Long, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger writes = new AtomicInteger();
        for (int round = 1; round <= 3; round++) {
            Platform platform = Platform.startIn(dir, "crash.log");
            Client admin = Client.login(platform, "admin", "landcon-admin");
            if (round == 1) {
                Client.Reply created = admin.post("/api/users", "{\"username\":\"" + USER + "\",\"name\":\"县编制员\",\"password\":\""
                        + World.PASSWORD + "\",\"region\":\"640000\",\"county\":\"640122\",\"roles\":[{\"role\":\"county-compiler\",\"scope\":\"\"}]}");
                assertEquals(201, created.status(), created.text());
            }
            assertSurvived(admin, acknowledged, "after kill " + (round - 1));
            Client compiler = Client.login(platform, USER, World.PASSWORD);
            Thread writer = new Thread(() -> writeUntilKilled(compiler, zip, acknowledged, writes), "crash-writer");
            writer.start();
            Thread.sleep(4_000 + 1_500L * round);
            platform.kill();
            writer.join(30_000);
        }
        Platform platform = Platform.startIn(dir, "crash.log");
        try {
            assertSurvived(Client.login(platform, "admin", "landcon-admin"), acknowledged, "after the last kill");
            System.out.println("[crash] acknowledged writes: " + writes.get() + ", plans: " + acknowledged.size());
            assertTrue(writes.get() >= 3, "the loop wrote something before each kill: " + writes.get());
        } finally {
            platform.stop();
        }
    }

    private static void writeUntilKilled(Client compiler, byte[] zip, Map<Long, Integer> acknowledged, AtomicInteger writes) {
        try {
            for (int n = 0; ; n++) {
                Client.Reply up = compiler.upload(zip, "crash-" + n + ".zip");
                if (up.status() != 201) {
                    throw new IllegalStateException("upload answered " + up.status() + ": " + up.text());
                }
                long id = up.json().path("id").asLong();
                acknowledged.put(id, 1);
                writes.incrementAndGet();
                JsonNode parcels = compiler.get("/api/plans/" + id + "/parcels").json();
                String parcel = parcels.path(0).path("id").asText();
                for (int e = 1; e <= 2; e++) {
                    Client.Reply edit = compiler.put("/api/plans/" + id + "/parcels/" + parcel,
                            "{\"properties\":{\"name\":\"第 " + e + " 次修改\"}}");
                    if (edit.status() == 200) {
                        acknowledged.put(id, edit.json().path("number").asInt());
                        writes.incrementAndGet();
                    }
                }
            }
        } catch (Exception killed) {
            // the platform went away mid-request: that write was never acknowledged
        }
    }

    private static void assertSurvived(Client admin, Map<Long, Integer> acknowledged, String when) throws Exception {
        Map<Long, Integer> latest = new ConcurrentHashMap<>();
        for (JsonNode p : admin.get("/api/plans").json()) {
            latest.put(p.path("id").asLong(), p.path("latestVersion").asInt());
        }
        for (Map.Entry<Long, Integer> a : acknowledged.entrySet()) {
            assertTrue(latest.containsKey(a.getKey()), when + ": plan " + a.getKey() + " acknowledged, now missing");
            assertTrue(latest.get(a.getKey()) >= a.getValue(), when + ": plan " + a.getKey() + " acknowledged v" + a.getValue()
                    + ", now v" + latest.get(a.getKey()));
        }
        JsonNode chain = admin.get("/api/audit/verify").json();
        assertTrue(chain.path("intact").asBoolean(), when + ": audit chain " + chain);
    }
}
