package org.landcon.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The administrator's modules page (headless Chromium): a bundle chosen in the file dialog is
 * uploaded into deploy/, listed as ACTIVE, and removed again with its button.
 */
class DeployPageTest extends InBrowser {
    static final String BSN = "org.landcon.e2e.marker";

    @Test
    void anAdministratorUploadsAndRemovesABundleOnTheModulesPage() throws Exception {
        scenario("deploy-page-failure.png", this::uploadAndRemove);
    }

    private void uploadAndRemove() throws Exception {
        Path jar = marker(Platform.out().resolve("marker.jar"));
        browser.login(world.platform, "admin", "landcon-admin");
        browser.open(world.platform.url("/ui/#/modules"));
        browser.type("#deploy-file", jar.toString());
        browser.click("#deploy-upload");
        browser.until("document.querySelector('#deploy-done') !== null", 15_000, "the upload confirmed");
        assertTrue(browser.text("#deploy-done").contains(BSN + " 1.0.0"), browser.text("#deploy-done"));
        WebDriver.waitFor(() -> "ACTIVE".equals(state()), 10_000, BSN + " active");

        browser.until("[...document.querySelectorAll('#deploy-table td')].some((td) => td.textContent === '" + BSN
                + "')", 10_000, "the bundle listed on the page");
        browser.screenshot("modules-deploy.png");
        browser.click("#deploy-table button.remove");
        browser.until("document.querySelector('#deploy-removed') !== null", 10_000, "the removal confirmed");
        WebDriver.waitFor(() -> state() == null, 10_000, BSN + " removed");
        assertEquals(0, world.admin.get("/api/deploy").json().path("jars").size());
    }

    /** The state of the marker bundle in /api/modules, or null when it is not installed. */
    private static String state() {
        try {
            for (JsonNode b : world.admin.get("/api/modules").json().path("bundles")) {
                if (BSN.equals(b.path("symbolicName").asText())) {
                    return b.path("state").asText();
                }
            }
            return null;
        } catch (Exception e) {
            return "?";
        }
    }

    /** A bundle with a manifest and nothing else: it resolves and starts, and does nothing. */
    private static Path marker(Path file) throws Exception {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", BSN);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Name", "Landcon e2e marker");
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, mf)) {
            jar.flush();
        }
        return file;
    }
}
