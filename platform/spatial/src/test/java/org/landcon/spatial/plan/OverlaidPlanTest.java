package org.landcon.spatial.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.PlanPackage;

/** The designated PBF area of a plan whose YJJBNT layer carries no area field. */
class OverlaidPlanTest {
    /** 1 km², 100 km east of zone 35's central meridian (105° E), near 38° N. */
    private static final String SQUARE = "POLYGON ((35600000 4200000, 35601000 4200000, 35601000 4201000, "
            + "35600000 4201000, 35600000 4200000))";

    @Test
    void withoutAnAreaFieldThePbfIsMeasuredOnTheEllipsoidAsTbmjIs() {
        PlanPackage pkg = new PlanPackageBuilder("640122101", "640000", "EPSG:4523")
                .land("1", "0102", SQUARE).control(ControlLayers.YJJBNT, "J1", SQUARE).build();
        OverlaidPlan plan = new OverlaidPlan(pkg, pkg.changeParcels(), Optional.empty());

        assertEquals(999_751.35, plan.pbfDesignatedArea(), 0.01, "not the planar 1 000 000 m²");
    }

    @Test
    void anAreaFieldIsTakenAsItIs() {
        PlanPackage pkg = new PlanPackageBuilder("640122101", "640000", "EPSG:4523")
                .land("1", "0102", SQUARE).control(ControlLayers.YJJBNT, "J1", SQUARE, Map.of("JBNTMJ", 999_700.0))
                .build();

        assertEquals(999_700.0, new OverlaidPlan(pkg, pkg.changeParcels(), Optional.empty()).pbfDesignatedArea(), 1e-9);
    }

    @Test
    void coordinatesOutsideTheDeclaredZoneKeepTheirPlanarArea() {
        String local = "POLYGON ((0 0, 400 0, 400 100, 0 100, 0 0))";
        PlanPackage pkg = new PlanPackageBuilder("640122101", "640000", "EPSG:4523")
                .land("1", "0102", local).control(ControlLayers.YJJBNT, "J1", local).build();

        assertEquals(40_000.0, new OverlaidPlan(pkg, pkg.changeParcels(), Optional.empty()).pbfDesignatedArea(), 1e-9);
    }
}
