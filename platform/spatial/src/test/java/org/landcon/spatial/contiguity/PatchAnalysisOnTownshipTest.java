package org.landcon.spatial.contiguity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.PlanPackage;
import org.landcon.spatial.generator.TownshipGenerator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/** Patches of a generated township's 永久基本农田, against the closing of the whole layer. */
class PatchAnalysisOnTownshipTest {

    @Test
    void pairwiseClosingFindsTheSamePatchesAsClosingTheWholeLayer() {
        PlanPackage pkg = new TownshipGenerator(42, 8_000).generate();
        List<Geometry> pbf = pkg.control(ControlLayers.YJJBNT).stream().map(ControlFeature::geometry).toList();
        GeometryFactory factory = pbf.get(0).getFactory();
        Geometry union = OverlayNGRobust.union(factory.buildGeometry(pbf));
        Geometry closed = union.buffer(3, 4).buffer(-3, 4);

        PatchStats bridged = PatchAnalysis.analyse(pbf, 3);
        PatchStats apart = PatchAnalysis.analyse(pbf, 0);

        assertEquals(closed.getNumGeometries(), bridged.patchCount());
        assertEquals(union.getNumGeometries(), apart.patchCount());
        assertTrue(bridged.patchCount() < apart.patchCount() / 5, "roads and ditches do not break the tracts");
        double sum = pbf.stream().mapToDouble(Geometry::getArea).sum();
        assertEquals(sum, bridged.totalArea(), 1e-6 * sum);
        assertEquals(sum, apart.totalArea(), 1e-6 * sum);
    }
}
