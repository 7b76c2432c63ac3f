package org.landcon.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.landcon.api.service.ModuleRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * What an administrator sees when using deploy/: a bundle jar dropped in appears in /api/modules
 * without a restart, deleting it makes it disappear, and a jar that cannot resolve is reported
 * while the platform keeps serving.
 */
class HotDeployTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ModuleRegistry registry;

    @InjectService
    org.landcon.store.AuditLog audit;

    Path deploy() throws IOException {
        Path dir = Path.of(context.getProperty("felix.fileinstall.dir"));
        Files.createDirectories(dir);
        return dir;
    }

    @Test
    void droppingAContentBundleIntoDeployMakesItsModuleAppearAndDeletingItRemovesIt() throws Exception {
        Path jar = Path.of(context.getProperty("landcon.itest.bundles"), "org.landcon.industry.jar");
        assertTrue(Files.isRegularFile(jar), "test bundle prepared by the build: " + jar);
        Path target = deploy().resolve("org.landcon.industry.jar");
        Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
        try {
            await(() -> registry.modules().stream().anyMatch(m -> m.type().equals("industry")), "industry module appears");
            HttpResponse<String> r = Http.get("/api/modules");
            assertTrue(r.body().contains("\"type\" : \"industry\""), r.body());
            assertTrue(r.body().contains("\"id\" : \"IND-LAND-SOURCE\""), r.body());
        } finally {
            Files.delete(target);
        }
        await(() -> registry.modules().stream().noneMatch(m -> m.type().equals("industry")), "industry module disappears");
        assertTrue(!Http.get("/api/modules").body().contains("\"type\" : \"industry\""));
        // 全过程留痕: the audit log says which bundle came and went through deploy/, and still verifies
        await(() -> audit.entries("bundle:org.landcon.industry").stream().map(e -> e.actor() + " " + e.action()).toList()
                .containsAll(java.util.List.of("deploy/ bundle.installed", "deploy/ bundle.uninstalled")), "bundle audit");
        assertTrue(audit.verify().intact(), "audit chain verifies: " + audit.verify());
    }

    @Test
    void aBundleThatDoesNotResolveIsReportedAndThePlatformKeepsServing() throws Exception {
        Path target = deploy().resolve("broken-rules.jar");
        writeBrokenBundle(target);
        try {
            await(() -> {
                try {
                    String body = Http.get("/api/modules").body();
                    return body.contains("\"symbolicName\" : \"org.example.broken\"") && body.contains("org.example.missing");
                } catch (Exception e) {
                    return false;
                }
            }, "broken bundle listed with its missing requirement");
            String body = Http.get("/api/modules").body();
            assertTrue(body.contains("\"state\" : \"INSTALLED\""), body);
            assertEquals(200, Http.get("/api/health").statusCode());
        } finally {
            Files.delete(target);
        }
    }

    static void writeBrokenBundle(Path target) throws IOException {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.example.broken");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", "org.example.missing;version=\"[1,2)\"");
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out, mf)) {
            jar.flush();
        }
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(50);
        }
    }
}
