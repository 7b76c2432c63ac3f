package org.landcon.farmland.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.PlanPackage;
import org.landcon.spatial.contiguity.PatchStats;
import org.landcon.spatial.generator.TownshipGenerator;
import org.landcon.spatial.plan.OverlaidPlan;
import org.locationtech.jts.geom.Geometry;

/** The incremental layout after the plan equals analysing the whole changed layer again. */
class IncrementalLayoutTest {

    @Test
    void incrementalAfterEqualsTheFullAnalysisOnAGeneratedTownship() {
        for (long seed : new long[] { 3, 21 }) {
            PlanPackage pkg = new TownshipGenerator(seed, 4000, 80).generate();
            List<ChangeParcel> out = pkg.changeParcels().stream().filter(p -> "pbf-out".equals(p.kind())).toList();
            List<ChangeParcel> in = pkg.changeParcels().stream().filter(p -> "pbf-in".equals(p.kind())).toList();
            assertTrue(!out.isEmpty() && !in.isEmpty(), "the township adjusts PBF: " + out.size() + " out, " + in.size() + " in");
            List<Geometry> pbf = pkg.control(ControlLayers.YJJBNT).stream().map(ControlFeature::geometry).toList();

            PatchStats incremental = new PbfLayout(new OverlaidPlan(pkg, pkg.changeParcels(), java.util.Optional.empty()), out, in).after;
            PatchStats full = PbfLayout.fullAfter(pbf, out, in);

            assertEquals(full.patchCount(), incremental.patchCount(), "seed " + seed + " patch count");
            assertEquals(full.totalArea(), incremental.totalArea(), full.totalArea() * 1e-9, "total area");
            assertEquals(full.shareInPatchesOver100Mu(), incremental.shareInPatchesOver100Mu(), 1e-9, "百亩方 share");
            assertArrayEquals(full.classCounts(), incremental.classCounts(), "size classes");
            assertEquals(full.simmonsIndex(), incremental.simmonsIndex(), 1e-9, "Simmons index");
            assertArrayEquals(full.patchAreas(), incremental.patchAreas(), 1e-3, "patch areas, largest first");
        }
    }
}
