package org.landcon.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A department editor changes the shape of one of its parcels on the map (headless Chromium):
 * clicks the parcel, starts editing, drags a vertex of its boundary with the mouse and saves. The
 * platform keeps a new version with the new geometry and re-checks the plan; the editor of another
 * department is not offered the edit.
 */
class ShapeEditTest extends InBrowser {
    @Test
    void aFarmlandEditorDragsAVertexOfAFarmlandParcelAndTheShapeIsSaved() throws Exception {
        scenario("shape-edit-failure.png", this::dragAVertex);
    }

    private void dragAVertex() throws Exception {
        long id = Packages.clean(world.login("compiler"), Packages.township(11), new long[1]).id();
        JsonNode parcel = farmlandPolygon(id);
        String pid = parcel.path("id").asText();
        double areaBefore = parcel.path("planarArea").asDouble();
        int versionBefore = world.admin.get("/api/plans/" + id).json().path("latest").path("number").asInt();

        // another department's editor sees the parcel but is not offered its shape
        openMap(id, "eco-editor", pid);
        clickParcel(pid);
        browser.until("document.querySelector('#shape-parcel') !== null", 10_000, "the parcel named");
        assertTrue(browser.script("return document.querySelector('#edit-shape') === null;").asBoolean(),
                "an ecology editor may not edit a farmland parcel");

        openMap(id, "farm-editor", pid);
        clickParcel(pid);
        browser.click("#edit-shape");
        browser.until("window.landconMap.editing !== null", 10_000, "editing started");
        JsonNode vertex = browser.script("document.querySelector('#map').scrollIntoView({ block: 'center' });"
                + "const m = window.landconMap; m.map.renderSync();"
                + "const g = m.editing.feature.getGeometry();"
                + "const c = g.getType() === 'Polygon' ? g.getCoordinates()[0][0] : g.getCoordinates()[0][0][0];"
                + "return m.pixelOf(c);");
        browser.drag("#map", vertex.get(0).asDouble(), vertex.get(1).asDouble(), 40, 25);
        browser.screenshot("plan-shape-edit.png");
        browser.click("#save-shape");
        browser.until("document.querySelector('#shape-saved') !== null", 30_000, "the shape saved");

        JsonNode after = parcel(id, pid);
        assertNotEquals(areaBefore, after.path("planarArea").asDouble(), "the dragged vertex changed the area");
        JsonNode latest = world.admin.get("/api/plans/" + id).json().path("latest");
        assertEquals(versionBefore + 1, latest.path("number").asInt(), "the edit is a new version");
        assertTrue(browser.text("#shape-saved").contains("v" + (versionBefore + 1)), browser.text("#shape-saved"));
    }

    private void openMap(long id, String user, String pid) throws Exception {
        browser.login(world.platform, user, World.PASSWORD);
        browser.script("window.landconMap = null; return 1;"); // not the map of the page before
        browser.open(world.platform.url("/ui/#/plans/" + id + "/map"));
        browser.until("window.landconMap && window.landconMap.layers.parcels.getSource().getFeatureById('" + pid
                + "') !== null", 20_000, "parcel " + pid + " on the map");
    }

    /** Zooms to the parcel and clicks inside it. */
    private void clickParcel(String pid) throws Exception {
        JsonNode px = browser.script("document.querySelector('#map').scrollIntoView({ block: 'center' });"
                + "const m = window.landconMap; m.show([arguments[0]]);"
                + "m.map.getView().cancelAnimations(); m.map.getView().fit(m.highlight.getSource().getExtent(),"
                + " { padding: [80, 80, 80, 80] }); m.map.renderSync();"
                + "const g = m.layers.parcels.getSource().getFeatureById(arguments[0]).getGeometry();"
                + "const p = g.getType() === 'Polygon' ? g.getInteriorPoint() : g.getInteriorPoints().getPoint(0);"
                + "return m.pixelOf(p.getCoordinates());", pid);
        browser.clickAt("#map", px.get(0).asDouble(), px.get(1).asDouble());
    }

    private JsonNode farmlandPolygon(long id) throws Exception {
        for (JsonNode p : world.admin.get("/api/plans/" + id + "/parcels").json()) {
            if ("farmland".equals(p.path("type").asText()) && p.path("planarArea").asDouble() > 2_000) {
                return p;
            }
        }
        throw new AssertionError("no farmland parcel in plan " + id);
    }

    private JsonNode parcel(long id, String pid) throws Exception {
        for (JsonNode p : world.admin.get("/api/plans/" + id + "/parcels").json()) {
            if (pid.equals(p.path("id").asText())) {
                return p;
            }
        }
        throw new AssertionError("parcel " + pid + " gone");
    }
}
