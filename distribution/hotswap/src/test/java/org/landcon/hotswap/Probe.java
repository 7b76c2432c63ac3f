package org.landcon.hotswap;

import java.io.IOException;
import java.util.List;

import org.landcon.hotswap.probe.ProbeRule;

import com.fasterxml.jackson.databind.JsonNode;

/** What the API says about the probe rule: the version running, the version a plan was checked with. */
final class Probe {
    private static final long POLL_MILLIS = 20;

    private Probe() {
    }

    /** The version of the probe rule in {@code /api/modules}, or null. */
    static String running(Api api) throws IOException, InterruptedException {
        for (JsonNode r : api.get("/api/modules").path("rules")) {
            if (ProbeRule.ID.equals(r.path("id").asText())) {
                return r.path("version").asText();
            }
        }
        return null;
    }

    /**
     * The probe version a plan's latest verdicts show, when its rule list and its verdict agree
     * (else null): {@code rules[].version} and the verdict's {@code bundleVersion} figure.
     */
    static String checkedWith(JsonNode verdicts) {
        String listed = null;
        for (JsonNode r : verdicts.path("rules")) {
            if (ProbeRule.ID.equals(r.path("id").asText())) {
                listed = r.path("version").asText();
            }
        }
        for (JsonNode v : verdicts.path("verdicts")) {
            if (ProbeRule.ID.equals(v.path("rule").asText()) && v.path("figures").path("bundleVersion").asText().equals(listed)) {
                return listed;
            }
        }
        return null;
    }

    /** Waits until the registry runs {@code version}; returns the nanoTime it was seen. */
    static long awaitRunning(Api api, String version, long limitMillis) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limitMillis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (version.equals(running(api))) {
                return System.nanoTime();
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new AssertionError("probe " + version + " not running within " + limitMillis + " ms; running: " + running(api));
    }

    /** Waits until every plan's latest verdicts were made by {@code version}; returns the nanoTime. */
    static long awaitChecked(Api api, List<Long> plans, String version, long limitMillis)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limitMillis * 1_000_000;
        for (long plan : plans) {
            while (!version.equals(checkedWith(api.get("/api/plans/" + plan + "/verdicts")))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("plan " + plan + " not re-checked with probe " + version + " within "
                            + limitMillis + " ms; its verdicts show " + checkedWith(api.get("/api/plans/" + plan + "/verdicts")));
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
        return System.nanoTime();
    }
}
