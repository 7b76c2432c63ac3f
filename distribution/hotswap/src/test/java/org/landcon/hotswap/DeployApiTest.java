package org.landcon.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.hotswap.probe.ProbeRule;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The administrator's hot swap over HTTP ({@code /api/deploy}): upload a rule bundle, replace it
 * by a new version, remove it; the platform lists what is in force and the audit log says who did
 * it. Nobody else may, and a file that is not a bundle is refused without touching deploy/.
 */
class DeployApiTest {
    static final String JAR = "hotswap-probe.jar";

    @TempDir
    Path tmp;

    @Test
    void anAdministratorUploadsReplacesAndRemovesARuleBundle() throws Exception {
        Path v1 = ProbeBundles.build("1.0.0", tmp.resolve("v1.jar"));
        Path v2 = ProbeBundles.build("2.0.0", tmp.resolve("v2.jar"));
        try (Platform platform = Platform.start(Landcon.fullJar(), "deploy-api")) {
            Api admin = Api.login(platform, Api.ADMIN, Api.ADMIN_PASSWORD);
            admin.createUser("deploy-compiler", "640000", "640122", List.of(Api.role("county-compiler", "")));
            Api compiler = Api.login(platform, "deploy-compiler", Api.PASSWORD);

            assertEquals(403, compiler.put("/api/deploy/" + JAR, v1, "application/java-archive").statusCode());
            Path text = Files.writeString(tmp.resolve("notes.jar"), "not a bundle");
            HttpResponse<String> refused = admin.put("/api/deploy/notes.jar", text, "application/java-archive");
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("notes.jar"), refused.body());
            assertEquals(400, admin.put("/api/deploy/..%2Fescape.jar", v1, "application/java-archive").statusCode() / 100 * 100,
                    "a name that leaves deploy/ is refused");
            assertEquals(0, admin.get("/api/deploy").path("jars").size(), "nothing written to deploy/");

            HttpResponse<String> up = admin.put("/api/deploy/" + JAR, v1, "application/java-archive");
            assertEquals(202, up.statusCode(), up.body());
            assertEquals("1.0.0", probeVersion(admin, 10_000, "1.0.0"));

            HttpResponse<String> swap = admin.put("/api/deploy/" + JAR, v2, "application/java-archive");
            assertEquals(202, swap.statusCode(), swap.body());
            assertTrue(Api.JSON.readTree(swap.body()).path("replaced").asBoolean());
            assertEquals("2.0.0", probeVersion(admin, 10_000, "2.0.0"));
            JsonNode listed = admin.get("/api/deploy").path("jars").get(0);
            assertEquals(ProbeBundles.BSN, listed.path("symbolicName").asText());
            assertEquals("ACTIVE", listed.path("state").asText());

            assertEquals(204, admin.delete("/api/deploy/" + JAR));
            assertEquals("", probeVersion(admin, 10_000, ""));

            List<String> actions = new java.util.ArrayList<>();
            for (JsonNode e : admin.get("/api/audit")) {
                if (e.path("target").asText().equals("deploy:" + JAR)) {
                    assertEquals(Api.ADMIN, e.path("actor").asText());
                    actions.add(e.path("action").asText());
                }
            }
            assertTrue(actions.containsAll(List.of("deploy.uploaded", "deploy.replaced", "deploy.removed")),
                    "audit: " + actions);
        }
    }

    /** Waits until {@code /api/modules} lists the probe rule at {@code wanted} ("" = not listed). */
    private static String probeVersion(Api admin, long millis, String wanted) throws Exception {
        long end = System.currentTimeMillis() + millis;
        String version = null;
        while (System.currentTimeMillis() < end) {
            version = "";
            for (JsonNode r : admin.get("/api/modules").path("rules")) {
                if (ProbeRule.ID.equals(r.path("id").asText())) {
                    version = r.path("version").asText();
                }
            }
            if (version.equals(wanted)) {
                return version;
            }
            Thread.sleep(100);
        }
        return version;
    }
}
