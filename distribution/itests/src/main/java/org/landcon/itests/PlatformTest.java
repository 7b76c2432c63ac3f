package org.landcon.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.landcon.api.service.ModuleRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/** The platform as a user finds it after start: every bundle active, the API answering. */
class PlatformTest {

    @InjectBundleContext
    BundleContext context;

    @Test
    void everyBundleIsActive() {
        List<String> notActive = Arrays.stream(context.getBundles())
                .filter(b -> b.getState() != Bundle.ACTIVE && b.getHeaders().get("Fragment-Host") == null)
                .map(b -> b.getSymbolicName() + " " + b.getVersion() + " state " + b.getState())
                .collect(Collectors.toList());
        assertEquals(List.of(), notActive);
    }

    @Test
    void healthAnswersUp() throws Exception {
        HttpResponse<String> r = Http.get("/api/health");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"status\" : \"UP\""), r.body());
    }

    @Test
    void modulesListsPlatformBundlesActiveWithVersions(@InjectService ModuleRegistry registry) throws Exception {
        HttpResponse<String> r = Http.get("/api/modules");
        assertEquals(200, r.statusCode(), r.body());
        for (String bsn : List.of("org.landcon.api", "org.landcon.assembly", "org.landcon.web", "org.apache.felix.scr",
                "org.apache.felix.http.jetty12")) {
            Bundle b = Arrays.stream(context.getBundles()).filter(x -> bsn.equals(x.getSymbolicName())).findFirst().orElseThrow();
            String entry = "\"symbolicName\" : \"" + bsn + "\",\n    \"version\" : \"" + b.getVersion() + "\",\n    \"state\" : \"ACTIVE\"";
            assertTrue(r.body().contains(entry), bsn + " not listed ACTIVE with version in\n" + r.body());
        }
        assertTrue(registry.rules().stream().anyMatch(rule -> rule.id().equals("PLAN-CONFLICT")
                && rule.bundle().equals("org.landcon.assembly")), "core rules registered: " + registry.rules());
        assertTrue(r.body().contains("\"id\" : \"PLAN-CONFLICT\""), r.body());
    }
}
