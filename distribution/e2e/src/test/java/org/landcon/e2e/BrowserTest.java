package org.landcon.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The plan's life in the browser (headless Chromium): a county compiler logs in and uploads a
 * package with the progress bar, sees the map and the verdicts, the village committees' consent is
 * confirmed, the plan is submitted, approved along the regional chain by each approver, filed,
 * implemented, every sub-project accepted (with the measured area of new 耕地) and the whole plan
 * accepted. Screenshots go to target/.
 */
class BrowserTest extends InBrowser {
    @Test
    void aPlanGoesFromUploadToAcceptanceInTheBrowser() throws Exception {
        scenario("failure.png", this::lifeOfAPlan);
    }

    private void lifeOfAPlan() throws Exception {
        login("compiler");
        Path zip = Platform.out().resolve("hewan-clean.zip");
        Files.write(zip, Packages.zip(world.cleanPackage));
        browser.type("#upload-file", zip.toString());
        browser.click("#upload-button");
        browser.until("/^#\\/plans\\/\\d+/.test(location.hash)", 60_000, "the plan page after the upload");
        long id = Long.parseLong(browser.script("return location.hash.split('/')[2];").asText());
        browser.until("document.querySelectorAll('#verdicts li').length > 10", 20_000, "verdicts listed");
        browser.until("document.querySelector('#map canvas') !== null", 20_000, "the map drawn");
        Thread.sleep(1500); // let the bbox loads of DLTB and the control lines arrive
        assertEquals("草稿", browser.text("#plan-state"));
        assertTrue(browser.text("#legend").contains("永久基本农田"), browser.text("#legend"));
        browser.click("#verdicts li.verdict");
        browser.until("document.querySelector('#verdicts li.selected') !== null", 5_000, "a verdict selected");
        browser.screenshot("plan-map.png");

        browser.click("#tab-tables");
        browser.until("document.querySelectorAll('.data-table').length >= 5", 20_000, "the tables");
        assertTrue(browser.text("[data-table=T1] h3").startsWith("T1 "), browser.text("[data-table=T1] h3"));
        browser.screenshot("plan-tables.png");

        Plans.consentAll(world, id);
        workflow(id, "compiler", "confirm-consent", "已征得村民同意");
        workflow(id, "compiler", "submit", "已报批");
        while ("submitted".equals(state(id))) {
            JsonNode pending = pendingStep(id, false);
            String approver = pending.path("level").asText().equals("county") ? "county-gov" : pending.path("level").asText();
            workflow(id, approver, "approve", null);
        }
        assertEquals("approved", state(id));
        while (pendingStep(id, true) != null) {
            workflow(id, "region-nr", "filing", null);
        }
        workflow(id, "county-gov", "start", "实施中");
        acceptSubprojects(id);
        workflow(id, "region-nr", "accept", "已整体验收");
        browser.until("document.querySelectorAll('#audit-table tbody tr').length > 10", 10_000, "the audit trail");
        assertTrue(browser.text("#audit-table").contains("workflow.accept-overall"), browser.text("#audit-table"));
        browser.screenshot("plan-workflow.png");

        browser.click("#lang");
        browser.until("document.querySelector('#tab-map').textContent === 'Map'", 5_000, "English labels");
        browser.screenshot("plan-workflow-en.png");
        browser.click("#lang");
    }

    /** Accepts every sub-project as the county government, giving the measured area where new 耕地 is made. */
    private void acceptSubprojects(long id) throws Exception {
        JsonNode subprojects = world.admin.get("/api/plans/" + id).json().path("subprojects");
        for (JsonNode sp : subprojects) {
            openWorkflow(id, "county-gov");
            browser.script("const s = document.querySelector('#wf-subproject'); s.value = arguments[0];", sp.path("id").asText());
            if (sp.path("createsCultivated").asBoolean()) {
                browser.click("#action-accept-subproject");
                browser.until("document.querySelector('#wf-result .error') !== null", 10_000, "refused without measured area");
                assertTrue(browser.text("#wf-result").contains("须填写实测新增耕地面积"), browser.text("#wf-result"));
                browser.type("#wf-measuredArea", "12345.67");
            }
            browser.click("#action-accept-subproject");
            browser.until("document.querySelector('#wf-result .error') === null && performance.getEntriesByType('navigation').length",
                    10_000, "accepted");
            waitAccepted(id, sp.path("id").asText());
        }
    }

    private void waitAccepted(long id, String sp) throws Exception {
        WebDriver.waitFor(() -> {
            try {
                for (JsonNode a : world.admin.get("/api/plans/" + id).json().path("acceptances")) {
                    if (a.path("subproject").asText().equals(sp)) {
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                return false;
            }
        }, 10_000, "sub-project " + sp + " accepted");
    }

    private void login(String user) throws Exception {
        browser.login(world.platform, user, World.PASSWORD);
    }

    private void openWorkflow(long id, String user) throws Exception {
        login(user);
        browser.open(world.platform.url("/ui/#/plans/" + id + "/workflow"));
        browser.until("document.querySelector('#actions') !== null", 10_000, "the workflow panel");
    }

    /** As {@code user}, takes {@code action} on the workflow panel and waits for the state {@code stateZh}. */
    private void workflow(long id, String user, String action, String stateZh) throws Exception {
        String before = state(id);
        openWorkflow(id, user);
        browser.click("#action-" + action);
        WebDriver.waitFor(() -> {
            try {
                return stateZh == null ? pendingChanged(id, before) : world.admin.get("/api/plans/" + id).json()
                        .path("plan").path("stateZh").asText().equals(stateZh);
            } catch (Exception e) {
                return false;
            }
        }, 15_000, user + " " + action + " → " + stateZh + "; page says: " + safeText("#wf-result"));
    }

    private boolean pendingChanged(long id, String stateBefore) throws Exception {
        JsonNode chain = world.admin.get("/api/plans/" + id).json().path("chain");
        long done = 0;
        for (JsonNode s : chain) {
            if (!s.path("done").isNull()) {
                done++;
            }
        }
        return done > doneBefore || !state(id).equals(stateBefore);
    }

    private long doneBefore;

    private String safeText(String css) {
        try {
            return browser.text(css);
        } catch (Exception e) {
            return "";
        }
    }

    private String state(long id) throws Exception {
        JsonNode s = world.admin.get("/api/plans/" + id).json();
        doneBefore = 0;
        for (JsonNode step : s.path("chain")) {
            if (!step.path("done").isNull()) {
                doneBefore++;
            }
        }
        return s.path("plan").path("state").asText();
    }

    private JsonNode pendingStep(long id, boolean filing) throws Exception {
        for (JsonNode s : world.admin.get("/api/plans/" + id).json().path("chain")) {
            if (s.path("filing").asBoolean() == filing && s.path("done").isNull()) {
                return s;
            }
        }
        return null;
    }
}
