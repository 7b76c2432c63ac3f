package org.landcon.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.api.model.ChangeParcel;
import org.landcon.store.StoreException;
import org.landcon.store.model.LayerFeature;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanVersion;
import org.landcon.store.model.RuleVersion;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class PlanStoreTest {
    private static final String SHA_A = "a".repeat(64);

    @TempDir
    Path dir;
    Fixture f;
    Plan plan;

    @BeforeEach
    void open() {
        f = new Fixture(dir);
        plan = f.plans.createPlan("640122101", "习岗镇全域土地综合整治实施方案", "640000", "640122", "compiler");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void eachSaveIsANewImmutableVersionWithItsRulesAndSources() {
        byte[] first = Fixture.planJson(Map.of("PBF-CAP", "violation"));
        PlanVersion v1 = f.plans.saveVersion(plan.id(), first, Map.of("basemap/DLTB.shp", SHA_A), "compiler", "first");
        PlanVersion v2 = f.plans.saveVersion(plan.id(), Fixture.planJson(Map.of("PBF-CAP", "pass")), Map.of(), "compiler", "fixed");

        assertEquals(1, v1.number());
        assertEquals(2, v2.number());
        assertEquals(1, v1.violations());
        assertEquals(0, v2.violations());
        assertEquals(List.of(new RuleVersion("PBF-CAP", "org.landcon.farmland", "1.0.3", "violation")), v1.rules());
        assertEquals(Map.of("basemap/DLTB.shp", SHA_A), v1.sources());
        assertArrayEquals(first, f.plans.planJson(v1.id()), "version 1 keeps its bytes after version 2");
        assertEquals(List.of(1, 2), f.plans.versions(plan.id()).stream().map(PlanVersion::number).toList());
        assertEquals(2, f.plans.latestVersion(plan.id()).orElseThrow().number());
    }

    @Test
    void aJsonThatIsNotAPlanIsRefusedAndNothingIsKept() {
        StoreException e = assertThrows(StoreException.class,
                () -> f.plans.saveVersion(plan.id(), "{\"unit\":{}}".getBytes(), Map.of(), "compiler", null));
        assertEquals("plan.json 不是方案：缺少 verdicts 数组 / plan.json is not a plan: it has no verdicts array", e.getMessage());
        assertTrue(f.plans.versions(plan.id()).isEmpty());
    }

    @Test
    void parcelsRoundTripWithTheirTypedFieldsAndProperties() throws ParseException {
        PlanVersion v = f.plans.saveVersion(plan.id(), Fixture.planJson(Map.of()), Map.of(), "compiler", null);
        ChangeParcel p = new ChangeParcel("sp-1/1", "sp-1", "高标准农田", "farmland", "farmland-creation", "0103", 8, 0.05,
                "measured", LocalDate.of(2026, 3, 1), null, Map.of("households", 3), wkt("POLYGON((0 0,100 0,100 50,0 50,0 0))"));
        f.plans.storeParcels(v.id(), List.of(p), "compiler");

        ChangeParcel back = f.plans.parcels(v.id()).get(0);
        assertEquals(p.id(), back.id());
        assertEquals(8, back.toGrade());
        assertEquals(LocalDate.of(2026, 3, 1), back.start());
        assertEquals(3, back.number("households"));
        assertEquals(5000.0, back.geometry().getArea(), 0.005);
        StoreException again = assertThrows(StoreException.class, () -> f.plans.storeParcels(v.id(), List.of(p), "compiler"));
        assertEquals("方案版本 v1 的变化地块已保存，不能再改 / the change parcels of version v1 are already stored and cannot change",
                again.getMessage());
    }

    @Test
    void bboxQueryReturnsOnlyFeaturesThatIntersectTheBox() throws ParseException {
        PlanVersion v = f.plans.saveVersion(plan.id(), Fixture.planJson(Map.of()), Map.of(), "compiler", null);
        f.plans.storeLayer(v.id(), "DLTB", "basemap/DLTB.shp", SHA_A, List.of(
                feature("inside", "POLYGON((10 10,20 10,20 20,10 20,10 10))"),
                feature("crossing", "POLYGON((90 90,150 90,150 150,90 150,90 90))"),
                // its bounding box overlaps the query box, its area does not: only JTS can drop it
                feature("l-shape-outside", "POLYGON((110 -50,300 -50,300 300,-50 300,-50 110,110 110,110 -50))"),
                feature("far", "POLYGON((1000 1000,1010 1000,1010 1010,1000 1010,1000 1000))")), "compiler");

        List<String> ids = f.plans.layerFeatures(v.id(), "DLTB", new Envelope(0, 100, 0, 100)).stream()
                .map(LayerFeature::id).toList();
        assertEquals(List.of("crossing", "inside"), ids);
        assertEquals(4, f.plans.layerFeatures(v.id(), "DLTB", null).size());
        assertEquals("0101", f.plans.layerFeatures(v.id(), "DLTB", new Envelope(12, 13, 12, 13)).get(0).properties().get("DLBM"));
    }

    @Test
    void anImportThatFailsHalfwayLeavesTheStoreAsItWas() throws ParseException {
        PlanVersion v = f.plans.saveVersion(plan.id(), Fixture.planJson(Map.of()), Map.of(), "compiler", null);
        long auditBefore = f.audit.verify().entries();
        List<LayerFeature> withABadOne = List.of(feature("1", "POLYGON((0 0,1 0,1 1,0 0))"),
                feature("2", "POLYGON((2 2,3 2,3 3,2 2))"), new LayerFeature("3", Map.of("DLBM", "0101"), null),
                feature("4", "POLYGON((5 5,6 5,6 6,5 5))"));

        StoreException e = assertThrows(StoreException.class,
                () -> f.plans.storeLayer(v.id(), "DLTB", "basemap/DLTB.shp", SHA_A, withABadOne, "compiler"));

        assertEquals("basemap/DLTB.shp：图层 DLTB 第 3 个要素（3）没有几何图形，整个图层未保存 / basemap/DLTB.shp: layer DLTB"
                + " feature 3 (3) has no geometry; nothing of the layer was stored", e.getMessage());
        assertTrue(f.plans.layers(v.id()).isEmpty());
        assertTrue(f.plans.layerFeatures(v.id(), "DLTB", null).isEmpty());
        assertEquals(0, (int) f.db.read(c -> LayerRows.existingData(c, "DLTB", SHA_A) == 0 ? 0 : 1));
        assertEquals(auditBefore, f.audit.verify().entries(), "no audit entry for a write that did not happen");
        assertTrue(f.audit.verify().intact());
    }

    @Test
    void theSameLayerFileIsStoredOnceAndSharedByVersions() throws ParseException {
        List<LayerFeature> dltb = List.of(feature("1", "POLYGON((0 0,1 0,1 1,0 0))"));
        PlanVersion v1 = f.plans.saveVersion(plan.id(), Fixture.planJson(Map.of()), Map.of(), "compiler", null);
        f.plans.storeLayer(v1.id(), "DLTB", "DLTB.shp", SHA_A, dltb, "compiler");
        PlanVersion v2 = f.plans.saveVersion(plan.id(), Fixture.planJson(Map.of()), Map.of(), "compiler", null);
        f.plans.storeLayer(v2.id(), "DLTB", "DLTB.shp", SHA_A, dltb, "compiler");

        int rows = f.db.read(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM layer_feature")) {
                r.next();
                return r.getInt(1);
            }
        });
        assertEquals(1, rows);
        assertEquals(1, f.plans.layerFeatures(v2.id(), "DLTB", null).size());
        assertEquals(SHA_A, f.plans.layers(v2.id()).get(0).sha256());
    }

    static LayerFeature feature(String id, String wkt) throws ParseException {
        return new LayerFeature(id, Map.of("BSM", id, "DLBM", "0101"), wkt(wkt));
    }

    static Geometry wkt(String wkt) throws ParseException {
        Geometry g = new WKTReader().read(wkt);
        g.setSRID(4523);
        return g;
    }
}
