package org.landcon.spatial.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.plan.LandClasses;
import org.landcon.spatial.geodesy.EllipsoidalArea;
import org.landcon.spatial.overlay.ConflictFinder;
import org.landcon.spatial.testing.Gdal;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;

class TownshipGeneratorTest {
    private static PlanPackage pkg;

    @BeforeAll
    static void generate() {
        pkg = new TownshipGenerator(42, 5_000).generate();
    }

    @Test
    void sameSeedSamePackageOtherSeedOtherPackage() {
        PlanPackage again = new TownshipGenerator(42, 5_000).generate();
        assertEquals(digest(pkg), digest(again));
        assertFalse(digest(pkg).equals(digest(new TownshipGenerator(43, 5_000).generate())));
    }

    @Test
    void surveyIsAnExactCoverageOfTheUnitAboutAsLargeAsAsked() {
        List<LandParcel> land = pkg.landParcels();
        assertTrue(land.size() > 4_500 && land.size() < 5_500, "polygons: " + land.size());
        Geometry[] polygons = land.stream().map(LandParcel::geometry).toArray(Geometry[]::new);
        Geometry[] invalid = CoverageValidator.validate(polygons);
        for (int i = 0; i < invalid.length; i++) {
            assertTrue(invalid[i] == null, "not a coverage at " + land.get(i).BSM() + ": " + invalid[i]);
        }
        double sum = land.stream().mapToDouble(p -> p.geometry().getArea()).sum();
        assertEquals(pkg.unit().boundary().getArea(), sum, 1e-6 * sum, "no gaps: Σ area = unit area");
        assertEquals(35_540_000, pkg.unit().boundary().getEnvelopeInternal().getMinX());
    }

    @Test
    void officialAreasFollowTheSurveyRules() {
        for (LandParcel p : pkg.landParcels()) {
            assertEquals(EllipsoidalArea.of(p.geometry(), 4523), p.TBMJ(), 0.005, p.BSM());
            assertEquals(p.TBMJ() - p.KCMJ(), p.TBDLMJ(), 0.005, p.BSM());
            double kcxs = ((Number) p.attributes().get("KCXS")).doubleValue();
            if (LandClasses.isCultivated(p.DLBM())) {
                assertTrue(kcxs >= 0.02 && kcxs <= 0.12, p.BSM() + " KCXS " + kcxs);
                assertEquals(p.TBMJ() * kcxs, p.KCMJ(), 0.01, p.BSM());
                assertTrue(p.GDDB() >= 4 && p.GDDB() <= 12, p.BSM() + " GDDB " + p.GDDB());
                assertEquals("1203", p.attributes().get("KCDLBM"));
            } else {
                assertEquals(0, p.KCMJ(), p.BSM());
            }
            if (p.DLBM().equals("0702")) {
                assertEquals("203", p.CZCSXM(), p.BSM());
            }
            assertTrue(p.QSDWMC().endsWith("村"), p.QSDWMC());
        }
    }

    @Test
    void classMixIsThatOfAnIrrigatedPlainTownship() {
        Map<String, Double> area = new HashMap<>();
        pkg.landParcels().forEach(p -> area.merge(p.DLBM(), p.TBMJ(), Double::sum));
        double total = area.values().stream().mapToDouble(Double::doubleValue).sum();
        String largest = area.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals("0102", largest, "水浇地 is the largest class: " + area);
        assertTrue(area.get("0102") / total > 0.2, "水浇地 share " + area.get("0102") / total);
        for (String dlbm : List.of("0101", "0103", "0201", "0201K", "0301", "0404", "0702", "1006", "1101", "1104A",
                "1104K", "1107", "1204", "1205")) {
            assertTrue(area.containsKey(dlbm), "class " + dlbm + " present");
        }
    }

    @Test
    void controlLayersAreAllThereAndPbfIsOnFarmland() {
        for (String layer : ControlLayers.ALL) {
            assertFalse(pkg.control(layer).isEmpty(), layer);
        }
        Set<String> cultivated = pkg.landParcels().stream().filter(p -> LandClasses.isCultivated(p.DLBM()))
                .map(p -> p.geometry().toText()).collect(Collectors.toSet());
        pkg.control(ControlLayers.YJJBNT).forEach(f -> assertTrue(cultivated.contains(f.geometry().toText()), f.id()));
        double pbf = pkg.control(ControlLayers.YJJBNT).stream().mapToDouble(f -> f.geometry().getArea()).sum();
        double farmland = pkg.landParcels().stream().filter(p -> LandClasses.isCultivated(p.DLBM()))
                .mapToDouble(p -> p.geometry().getArea()).sum();
        assertTrue(pbf / farmland > 0.6, "PBF covers most 耕地: " + pbf / farmland);
        pkg.control(ControlLayers.GSMM).forEach(f -> assertTrue(f.number("BHBJ", 0) >= 10, f.id()));
    }

    @Test
    void changeParcelsOfEveryTypeDoNotOverlapAndKeepTheSchedule() {
        List<ChangeParcel> parcels = pkg.changeParcels();
        assertTrue(parcels.size() >= 20, "parcels: " + parcels.size());
        assertEquals(Set.of("farmland", "construction", "ecology", "landscape", "industry"),
                parcels.stream().map(ChangeParcel::type).collect(Collectors.toSet()));
        assertEquals(parcels.size(), parcels.stream().map(ChangeParcel::id).collect(Collectors.toSet()).size());
        assertTrue(ConflictFinder.find(parcels, 0).isEmpty(), "no two change parcels overlap");
        Map<String, LocalDate> finishBySubproject = new HashMap<>();
        parcels.forEach(p -> finishBySubproject.merge(p.subproject(), p.finish(), (a, b) -> a.isAfter(b) ? a : b));
        for (ChangeParcel p : parcels) {
            assertTrue(pkg.unit().boundary().covers(p.geometry()), p.id() + " inside the unit");
            assertTrue(p.geometry().isValid(), p.id());
            assertFalse(p.start().isBefore(LocalDate.of(2025, 1, 1)), p.id());
            assertFalse(p.finish().isAfter(LocalDate.of(2027, 12, 31)), p.id());
            assertTrue(p.properties().containsKey("investment") && p.properties().containsKey("funding"), p.id());
            if (p.text("resettles") != null) {
                assertFalse(p.start().isBefore(finishBySubproject.get(p.text("resettles"))), "先安置再拆旧 " + p.id());
            }
            if (p.toDLBM() != null && LandClasses.isCultivated(p.toDLBM())) {
                assertEquals("measured", p.measure(), p.id());
            }
        }
    }

    @Test
    void writesAPackageThatGdalReads(@TempDir Path dir) throws Exception {
        PlanPackage small = new TownshipGenerator(7, 500).generate();
        new TownshipGenerator(7, 500).writePackage(dir);
        for (String file : List.of("unit.json", "basemap/DLTB.shp", "basemap/DLTB.dbf", "basemap/DLTB.prj",
                "controls/YJJBNT.geojson", "controls/STBHHX.geojson", "controls/CZKFBJ.geojson", "controls/GSMM.geojson",
                "subprojects.geojson")) {
            assertTrue(Files.exists(dir.resolve(file)), file);
        }
        if (Gdal.has("ogrinfo")) {
            List<List<String>> rows = Gdal.sql(dir.resolve("basemap/DLTB.shp"),
                    "SELECT count(*), sum(TBMJ), min(QSDWMC) FROM DLTB");
            assertEquals(String.valueOf(small.landParcels().size()), rows.get(0).get(0));
            assertEquals(small.landParcels().stream().mapToDouble(LandParcel::TBMJ).sum(),
                    Double.parseDouble(rows.get(0).get(1)), 0.01);
            assertTrue(rows.get(0).get(2).endsWith("村"), "Chinese names read back: " + rows.get(0).get(2));
        }
    }

    private static String digest(PlanPackage p) {
        StringBuilder b = new StringBuilder();
        p.landParcels().forEach(l -> b.append(l.BSM()).append(l.DLBM()).append(l.TBMJ()).append(l.geometry().toText()));
        p.changeParcels().forEach(c -> b.append(c.id()).append(c.properties()).append(c.geometry().toText()));
        return Integer.toHexString(b.toString().hashCode()) + ":" + b.length();
    }
}
