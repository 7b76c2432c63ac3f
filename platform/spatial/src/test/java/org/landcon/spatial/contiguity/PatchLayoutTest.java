package org.landcon.spatial.contiguity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.PlanPackage;
import org.landcon.spatial.generator.TownshipGenerator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/** The layout after a change, derived from the layout before, against the layout computed afresh. */
class PatchLayoutTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void takingOutTheMiddleFieldSplitsTheTractAndAddingItBackJoinsIt() {
        // three 100 m fields in a row across two 4 m roads: one patch when the roads are bridged
        List<Geometry> fields = wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))",
                "POLYGON ((104 0, 204 0, 204 100, 104 100, 104 0))", "POLYGON ((208 0, 308 0, 308 100, 208 100, 208 0))");
        PatchLayout before = PatchLayout.of(fields, 3, FACTORY);
        assertEquals(1, before.stats().patchCount());
        assertEquals(30_000, before.stats().totalArea(), 0.01);

        PatchLayout out = before.change(List.of(fields.get(1)), List.of());
        assertEquals(2, out.stats().patchCount(), "a 108 m gap is not bridged");
        assertArrayEquals(new double[] {10_000, 10_000}, out.stats().patchAreas(), 0.01);

        PatchLayout back = out.change(List.of(), wkt("POLYGON ((104 0, 204 0, 204 50, 104 50, 104 0))"));
        assertEquals(1, back.stats().patchCount(), "补划 half the field joins the tract again");
        assertEquals(25_000, back.stats().totalArea(), 0.01);
    }

    @Test
    void cuttingAFieldInTwoAndAddingFarAwayCountsEachPiece() {
        List<Geometry> fields = wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");
        PatchLayout after = PatchLayout.of(fields, 3, FACTORY).change(
                wkt("POLYGON ((40 -10, 60 -10, 60 110, 40 110, 40 -10))"),
                wkt("POLYGON ((1000 0, 1100 0, 1100 100, 1000 100, 1000 0))"));
        assertEquals(3, after.stats().patchCount(), "a 20 m cut is wider than the bridge");
        assertArrayEquals(new double[] {10_000, 4_000, 4_000}, after.stats().patchAreas(), 0.01);
    }

    @Test
    void onAGeneratedTownshipTheDerivedLayoutIsTheLayoutOfTheChangedLayer() {
        PlanPackage pkg = new TownshipGenerator(7, 8_000).generate();
        List<Geometry> pbf = pkg.control(ControlLayers.YJJBNT).stream().map(ControlFeature::geometry).toList();
        List<Geometry> out = kind(pkg, "pbf-out");
        List<Geometry> in = kind(pkg, "pbf-in");
        assertTrue(!out.isEmpty() && !in.isEmpty(), "the township adjusts its PBF");

        PatchLayout before = PatchLayout.of(pbf, 3, FACTORY);
        PatchStats derived = before.change(out, in).stats();

        Geometry changed = OverlayNGRobust.overlay(
                OverlayNGRobust.overlay(OverlayNGRobust.union(FACTORY.buildGeometry(pbf)),
                        OverlayNGRobust.union(FACTORY.buildGeometry(out)), OverlayNG.DIFFERENCE),
                OverlayNGRobust.union(FACTORY.buildGeometry(in)), OverlayNG.UNION);
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < changed.getNumGeometries(); i++) {
            parts.add(changed.getGeometryN(i));
        }
        PatchStats afresh = PatchAnalysis.analyse(parts, 3);

        assertEquals(afresh.patchCount(), derived.patchCount());
        assertEquals(afresh.totalArea(), derived.totalArea(), 0.01);
        assertArrayEquals(afresh.patchAreas(), derived.patchAreas(), 0.01);
        assertArrayEquals(afresh.classCounts(), derived.classCounts());
        assertEquals(PatchAnalysis.analyse(pbf, 3).patchCount(), before.stats().patchCount());
        assertTrue(Arrays.stream(derived.patchAreas()).sum() > 0);
    }

    private static List<Geometry> kind(PlanPackage pkg, String kind) {
        return pkg.changeParcels().stream().filter(p -> p.kind().equals(kind)).map(ChangeParcel::geometry).toList();
    }

    private static List<Geometry> wkt(String... polygons) {
        WKTReader reader = new WKTReader(FACTORY);
        List<Geometry> out = new ArrayList<>();
        for (String p : polygons) {
            try {
                out.add(reader.read(p));
            } catch (org.locationtech.jts.io.ParseException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return out;
    }
}
