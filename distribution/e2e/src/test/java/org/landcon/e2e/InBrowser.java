package org.landcon.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * A browser test: the shared platform ({@link World}) and one headless Chromium for the class,
 * closed after it. Skipped where Chromium and its driver are not installed.
 */
abstract class InBrowser {
    static World world;
    static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        Assumptions.assumeTrue(WebDriver.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        world = World.get();
        browser = new WebDriver();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Runs a browser scenario; on failure saves a screenshot named {@code failure} first. */
    static void scenario(String failure, Scenario s) throws Exception {
        try {
            s.run();
        } catch (Exception | AssertionError e) {
            browser.screenshot(failure);
            throw e;
        }
    }

    interface Scenario {
        void run() throws Exception;
    }
}
