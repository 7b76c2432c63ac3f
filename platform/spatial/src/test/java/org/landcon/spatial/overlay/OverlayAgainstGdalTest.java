package org.landcon.spatial.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.api.model.LandBalance;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.PlanPackage;
import org.landcon.spatial.generator.TownshipGenerator;
import org.landcon.spatial.testing.Gdal;

/** The overlay on a generated township, checked against GEOS (through GDAL's SQLite dialect). */
class OverlayAgainstGdalTest {
    private static final double RELATIVE = 1e-6;

    @Test
    void overlapAreasPerParcelAndSurveyPolygonAgreeWithGeos(@TempDir Path dir) throws Exception {
        assumeTrue(Gdal.has("ogrinfo"), "ogrinfo not installed");
        TownshipGenerator generator = new TownshipGenerator(11, 4_000, 80);
        PlanPackage pkg = generator.generate();
        generator.writePackage(dir);
        Files.writeString(dir.resolve("both.vrt"), """
                <OGRVRTDataSource>
                  <OGRVRTLayer name="DLTB"><SrcDataSource relativeToVRT="1">basemap/DLTB.shp</SrcDataSource><SrcLayer>DLTB</SrcLayer></OGRVRTLayer>
                  <OGRVRTLayer name="parcels"><SrcDataSource relativeToVRT="1">subprojects.geojson</SrcDataSource><SrcLayer>subprojects</SrcLayer></OGRVRTLayer>
                </OGRVRTDataSource>
                """);
        Map<String, Double> geos = new HashMap<>();
        for (List<String> row : Gdal.sql(dir.resolve("both.vrt"), "SELECT p.id, d.BSM, "
                + "ST_Area(ST_Intersection(p.geometry, d.geometry)) FROM parcels p JOIN DLTB d "
                + "ON ST_Intersects(p.geometry, d.geometry)")) {
            double area = Double.parseDouble(row.get(2));
            if (area >= AccountingOverlay.MIN_OVERLAP) {
                geos.put(row.get(0) + " × " + row.get(1), area);
            }
        }
        List<OverlayPiece> pieces = AccountingOverlay.overlay(new SurveyIndex(pkg.landParcels()), pkg.changeParcels(),
                List.of());
        Map<String, Double> ours = new HashMap<>();
        pieces.forEach(p -> ours.put(p.parcel() + " × " + p.BSM(), p.overlapArea()));
        assertTrue(geos.size() > 500, "enough pieces to mean something: " + geos.size());
        assertEquals(geos.keySet(), ours.keySet());
        geos.forEach((key, area) -> assertEquals(area, ours.get(key), RELATIVE * area, key));
    }

    @Test
    void theBalanceMovesLandAndNeverMakesOrLosesAny() {
        PlanPackage pkg = new TownshipGenerator(12, 4_000, 80).generate();
        List<OverlayPiece> pieces = AccountingOverlay.overlay(new SurveyIndex(pkg.landParcels()), pkg.changeParcels(),
                ConflictFinder.find(pkg.changeParcels(), ConflictFinder.TOLERANCE));
        LandBalance balance = Balances.of(pkg.landParcels(), pieces);
        double before = balance.before().values().stream().mapToDouble(Double::doubleValue).sum();
        double after = balance.after().values().stream().mapToDouble(Double::doubleValue).sum();
        double official = pkg.landParcels().stream().mapToDouble(p -> p.TBMJ()).sum();
        assertEquals(official, before, 1e-9 * official, "before = Σ TBMJ");
        assertEquals(before, after, 1e-9 * before, "Σ before = Σ after");
        double moved = pieces.stream().filter(p -> !p.fromDLBM().equals(p.toDLBM()))
                .mapToDouble(OverlayPiece::officialArea).sum();
        assertTrue(moved > 0.005 * before, "the plan moves land: " + moved);
    }
}
