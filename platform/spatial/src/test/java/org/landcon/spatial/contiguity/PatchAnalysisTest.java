package org.landcon.spatial.contiguity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class PatchAnalysisTest {
    private static final double MU = 10_000.0 / 15;

    @Test
    void twoFieldsAcrossAFourMetreRoadAreOnePatchWithTheRoadBridged() {
        List<Geometry> fields = wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))",
                "POLYGON ((104 0, 204 0, 204 100, 104 100, 104 0))");
        PatchStats apart = PatchAnalysis.analyse(fields, 0);
        assertEquals(2, apart.patchCount());
        assertEquals(10_000, apart.meanPatchArea(), 0.01);
        PatchStats bridged = PatchAnalysis.analyse(fields, 3);
        assertEquals(1, bridged.patchCount());
        assertEquals(20_000, bridged.totalArea(), 0.01);
        assertEquals(20_000, bridged.patchAreas()[0], 0.01, "the road is not counted");
        assertEquals(20_000, bridged.patches().get(0).getArea(), 0.01, "the patch is the fields, not the closing");
    }

    @Test
    void aTenMetreRiverBreaksContiguityAtThreeMetresBridge() {
        PatchStats s = PatchAnalysis.analyse(wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))",
                "POLYGON ((110 0, 210 0, 210 100, 110 100, 110 0))"), 3);
        assertEquals(2, s.patchCount());
    }

    @Test
    void fieldsMeetingOnlyCornerToCornerAcrossACrossroadStayApart() {
        PatchStats s = PatchAnalysis.analyse(wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))",
                "POLYGON ((103 103, 203 103, 203 203, 103 203, 103 103))"), 3);
        assertEquals(2, s.patchCount());
    }

    @Test
    void fourFieldsAroundACrossroadAreOnePatch() {
        PatchStats s = PatchAnalysis.analyse(wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))",
                "POLYGON ((104 0, 204 0, 204 100, 104 100, 104 0))",
                "POLYGON ((0 104, 100 104, 100 204, 0 204, 0 104))",
                "POLYGON ((104 104, 204 104, 204 204, 104 204, 104 104))"), 3);
        assertEquals(1, s.patchCount());
        assertEquals(40_000, s.totalArea(), 0.01);
        assertEquals(1.0, s.simmonsIndex(), 1e-12);
    }

    @Test
    void aCoverageOfNineFieldsDissolvesIntoOneSquare() {
        List<Geometry> grid = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                grid.add(square(i * 50, j * 50, 50));
            }
        }
        PatchStats s = PatchAnalysis.analyse(grid, 0);
        assertEquals(1, s.patchCount());
        assertEquals(22_500, s.totalArea(), 0.01);
        Geometry patch = s.patches().get(0);
        assertEquals("Polygon", patch.getGeometryType());
        assertEquals(600, patch.getLength(), 1e-9, "one square: the inner edges are dissolved");
    }

    @Test
    void overlappingPolygonsAreOnePatchCountedWithTheirOwnAreas() {
        PatchStats s = PatchAnalysis.analyse(wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))",
                "POLYGON ((50 0, 150 0, 150 100, 50 100, 50 0))"), 0);
        assertEquals(1, s.patchCount());
        assertEquals(20_000, s.totalArea(), 0.01);
        assertEquals(15_000, s.patches().get(0).getArea(), 0.01);
    }

    @Test
    void histogramHundredMuShareSimmonsAndMeshSize() {
        // 2.4 亩, 7.35 亩, 15 亩 and 135 亩, far apart
        List<Geometry> fields = List.of(square(0, 0, 40), square(1000, 0, 70), square(2000, 0, 100),
                square(3000, 0, 300));
        PatchStats s = PatchAnalysis.analyse(fields, 3, 200_000);
        assertEquals(4, s.patchCount());
        assertArrayEquals(new int[] {1, 1, 1, 1}, s.classCounts());
        assertArrayEquals(new double[] {1_600, 4_900, 10_000, 90_000}, s.classAreas(), 0.01);
        assertEquals(106_500, s.totalArea(), 0.01);
        assertEquals(106_500 / 4.0, s.meanPatchArea(), 0.01);
        assertEquals(90_000 / 106_500.0, s.shareInPatchesOver100Mu(), 1e-12);
        double squares = 1_600.0 * 1_600 + 4_900.0 * 4_900 + 10_000.0 * 10_000 + 90_000.0 * 90_000;
        assertEquals(squares / (106_500.0 * 106_500), s.simmonsIndex(), 1e-12);
        assertEquals(squares / 200_000, s.effectiveMeshSize(), 1e-6);
        assertEquals(squares / 106_500, PatchAnalysis.analyse(fields, 3).effectiveMeshSize(), 1e-6);
        assertEquals(90_000, s.patchAreas()[0], 0.01, "largest first");
    }

    @Test
    void classBoundsAreInclusiveAtFiveTenAndTwentyMu() {
        assertEquals(0, PatchStats.classOf(5 * MU));
        assertEquals(1, PatchStats.classOf(5 * MU + 0.01));
        assertEquals(1, PatchStats.classOf(10 * MU));
        assertEquals(2, PatchStats.classOf(20 * MU));
        assertEquals(3, PatchStats.classOf(20 * MU + 0.01));
    }

    @Test
    void givenOfficialAreasAreSummedInsteadOfPlanarOnes() {
        List<Geometry> fields = wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))",
                "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))");
        PatchStats s = PatchAnalysis.analyse(fields, new double[] {9_997.5, 9_997.4}, 0, 0);
        assertEquals(1, s.patchCount());
        assertEquals(19_994.9, s.totalArea(), 0.01);
    }

    @Test
    void nothingInNothingOut() {
        PatchStats s = PatchAnalysis.analyse(List.of(), 3);
        assertEquals(0, s.patchCount());
        assertEquals(0, s.meanPatchArea());
        assertArrayEquals(new int[4], s.classCounts());
    }

    private static Geometry square(double x, double y, double side) {
        return wkt(String.format("POLYGON ((%1$f %2$f, %3$f %2$f, %3$f %4$f, %1$f %4$f, %1$f %2$f))", x, y, x + side,
                y + side)).get(0);
    }

    private static List<Geometry> wkt(String... texts) {
        WKTReader reader = new WKTReader();
        List<Geometry> out = new ArrayList<>();
        for (String t : texts) {
            try {
                out.add(reader.read(t));
            } catch (org.locationtech.jts.io.ParseException e) {
                throw new IllegalArgumentException(t, e);
            }
        }
        return out;
    }
}
