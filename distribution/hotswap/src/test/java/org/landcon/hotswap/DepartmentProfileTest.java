package org.landcon.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The farmland department node ({@code landcon-farmland.jar}): it serves, {@code /api/modules}
 * lists the farmland module only, and the generated township with change parcels of all five
 * types assembles headless with every non-farmland parcel listed as unhandled, none dropped.
 */
class DepartmentProfileTest {
    private static final Set<String> OTHER_CONTENT = Set.of("org.landcon.construction", "org.landcon.ecology",
            "org.landcon.landscape", "org.landcon.industry");

    @TempDir
    Path tmp;

    @Test
    void theFarmlandNodeHandlesFarmlandAndListsTheOtherTypesAsUnhandled() throws Exception {
        Path pkg = Packages.generate(tmp.resolve("township"), 42, 1500);
        List<String> others = Packages.parcelIds(pkg, p -> !"farmland".equals(p.path("type").asText()));
        List<String> farmland = Packages.parcelIds(pkg, Packages.ofType("farmland"));
        assertFalse(others.isEmpty(), "the generated township has parcels of other types");
        assertFalse(farmland.isEmpty(), "the generated township has farmland parcels");

        try (Platform node = Platform.start(Landcon.farmlandJar(), "farmland");
                Headless cli = Headless.assemble(Landcon.farmlandJar(), pkg)) {
            System.out.println("[department] headless assemble, exit " + cli.exit() + ":\n" + cli.stdout());
            assertTrue(cli.exit() == 0 || cli.exit() == 1, "exit 0/1, not unusable input: " + cli.stderr());
            assertTrue(cli.stdout().contains("未处理的变化地块 unhandled parcels (no module deployed): " + others.size()),
                    cli.stdout());

            JsonNode plan = Api.JSON.readTree(cli.out().resolve("plan.json").toFile());
            assertEquals(new TreeSet<>(others), ids(plan.path("unhandled")), "plan.json unhandled");
            assertEquals(List.of("farmland"), types(plan.path("modules")), "plan.json modules");
            assertFalse(plan.path("verdicts").isEmpty());

            JsonNode modules = Api.login(node, Api.ADMIN, Api.ADMIN_PASSWORD).get("/api/modules");
            System.out.println("[department] /api/modules: modules " + types(modules.path("modules")) + ", "
                    + modules.path("rules").size() + " rules, " + modules.path("bundles").size() + " bundles");
            assertEquals(List.of("farmland"), types(modules.path("modules")), "/api/modules modules");
            for (JsonNode b : modules.path("bundles")) {
                assertFalse(OTHER_CONTENT.contains(b.path("symbolicName").asText()), "bundle " + b);
            }
            for (JsonNode r : modules.path("rules")) {
                assertFalse(OTHER_CONTENT.contains(r.path("bundle").asText()), "rule " + r);
            }
        }
    }

    private static Set<String> ids(JsonNode parcels) {
        Set<String> ids = new TreeSet<>();
        parcels.forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }

    private static List<String> types(JsonNode modules) {
        List<String> t = new ArrayList<>();
        modules.forEach(m -> t.add(m.path("type").asText()));
        return t;
    }
}
