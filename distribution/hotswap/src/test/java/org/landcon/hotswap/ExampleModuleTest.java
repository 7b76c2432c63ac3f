package org.landcon.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The integrator's path: {@code examples/region-gansu}, built with Maven against the API jar
 * alone, dropped into a running platform's {@code deploy/}. The same township's PBF adjustment of
 * 4 % of the designated area is then assembled as a Gansu (620000) and as a Ningxia (640000) plan:
 * Gansu's policy (cap 3 %) and its rule GS-PBF-STRICT find a violation; Ningxia's plan passes its
 * 5 % cap and never sees the Gansu rule, nor is it reported as out of date because of it.
 */
class ExampleModuleTest {
    static final String BUNDLE = "org.landcon.examples.region.gansu";
    static final String RULE = "GS-PBF-STRICT";
    static final double RATIO = 0.04;

    @TempDir
    Path tmp;

    @Test
    void aGansuModuleDroppedIntoDeployChecksGansuPlansOnly() throws Exception {
        ExampleBuild build = ExampleBuild.start(tmp);
        try (Platform platform = Platform.start(Landcon.fullJar(), "example")) {
            Api admin = Api.login(platform, Api.ADMIN, Api.ADMIN_PASSWORD);
            long t0 = System.nanoTime();
            platform.deploy(build.jar(), "region-gansu.jar");
            long dropped = System.nanoTime();
            JsonNode modules = awaitDeployed(admin, 20_000);
            System.out.printf("[example] waited %.1f s for the Maven build once the platform was up; listed %.0f ms after the drop%n",
                    (dropped - t0) / 1e9, (System.nanoTime() - dropped) / 1e6);
            assertEquals("1.0.0", rule(modules, RULE).path("version").asText());

            admin.createUser("gs-compiler", "620000", "620102", List.of(Api.role("county-compiler", "")));
            admin.createUser("nx-compiler", "640000", "640122", List.of(Api.role("county-compiler", "")));
            Api gansu = Api.login(platform, "gs-compiler", Api.PASSWORD);
            Api ningxia = Api.login(platform, "nx-compiler", Api.PASSWORD);

            double out = pbfOut(ningxia, plan("probe", 200_000, false));
            double designated = out / RATIO;
            JsonNode nx = ningxia.get("/api/plans/" + ningxia.upload(plan("ningxia", designated, false)) + "/verdicts");
            JsonNode gs = gansu.get("/api/plans/" + gansu.upload(plan("gansu", designated, true)) + "/verdicts");

            JsonNode strict = verdict(gs, RULE);
            assertNotNull(strict, "Gansu plan has " + RULE + ": " + gs.path("verdicts"));
            assertEquals("violation", strict.path("verdict").asText(), strict.toString());
            assertEquals(RATIO, strict.path("figures").path("ratio").asDouble(), 1e-6);
            assertEquals(BUNDLE, rule(gs, RULE).path("bundle").asText());
            assertEquals("violation", verdict(gs, "PBF-CAP").path("verdict").asText());
            assertEquals(0.03, verdict(gs, "PBF-CAP").path("figures").path("cap").asDouble(), 1e-12, "Gansu policy in force");

            assertNull(verdict(nx, RULE), "Ningxia plan has no " + RULE);
            assertNull(rule(nx, RULE), "Ningxia plan was not checked with " + RULE);
            assertEquals("pass", verdict(nx, "PBF-CAP").path("verdict").asText());
            assertEquals(0.05, verdict(nx, "PBF-CAP").path("figures").path("cap").asDouble(), 1e-12);
            System.out.println("[example] Gansu plan: " + RULE + " " + strict.path("message").asText());
            System.out.println("[example] Ningxia plan: PBF-CAP " + verdict(nx, "PBF-CAP").path("message").asText()
                    + "; stale after the Gansu drop: " + nx.path("stale"));

            // a rule registered for 620000 only does not make a Ningxia plan out of date
            assertEquals(0, nx.path("stale").size(), "Ningxia plan listed as stale because of a Gansu-only rule: "
                    + nx.path("stale"));
        }
    }

    /** The generated township's PBF adjustment (调出 and 补划), as a plan of Gansu or of Ningxia. */
    private Path plan(String name, double designated, boolean inGansu) throws IOException {
        Path pkg = Packages.generate(tmp.resolve(name), 42, 300);
        Packages.keepParcels(pkg, Packages.ofKind("pbf-out", "pbf-in"));
        Packages.unit(pkg, u -> {
            u.put("pbfDesignatedArea", designated);
            if (inGansu) {
                u.put("code", "620102101").put("name", "示例乡").put("county", "620102").put("region", "620000");
            }
        });
        return Packages.zip(pkg);
    }

    /** The official area taken out of PBF, from the PBF-CAP figures of an uploaded plan. */
    private static double pbfOut(Api api, Path zip) throws IOException, InterruptedException {
        JsonNode v = verdict(api.get("/api/plans/" + api.upload(zip) + "/verdicts"), "PBF-CAP");
        return v.path("figures").path("outArea").asDouble();
    }

    private static JsonNode awaitDeployed(Api admin, long limitMillis) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limitMillis * 1_000_000;
        JsonNode m = admin.get("/api/modules");
        while (!(active(m) && BUNDLE.equals(rule(m, RULE) == null ? null : rule(m, RULE).path("bundle").asText()))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(BUNDLE + " and " + RULE + " not listed within " + limitMillis + " ms: " + m);
            }
            Thread.sleep(50);
            m = admin.get("/api/modules");
        }
        return m;
    }

    private static boolean active(JsonNode modules) {
        for (JsonNode b : modules.path("bundles")) {
            if (BUNDLE.equals(b.path("symbolicName").asText()) && "ACTIVE".equals(b.path("state").asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode rule(JsonNode withRules, String id) {
        for (JsonNode r : withRules.path("rules")) {
            if (id.equals(r.path("id").asText())) {
                return r;
            }
        }
        return null;
    }

    private static JsonNode verdict(JsonNode verdicts, String rule) {
        for (JsonNode v : verdicts.path("verdicts")) {
            if (rule.equals(v.path("rule").asText())) {
                return v;
            }
        }
        return null;
    }
}
