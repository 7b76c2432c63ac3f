package org.landcon.landscape.internal;

import static org.landcon.testing.Plans.point;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.square;

import org.landcon.api.model.ControlLayers;
import org.landcon.spatial.plan.PlanPackageBuilder;
import org.landcon.testing.Plans;

/**
 * Three 100 m squares: H1 0702 at x 0, H2 0702 at x 100, F1 0103 at x 200 (y 0–100). Heritage
 * zone Z1 = H1 (古村落). Trees: T1 旱柳 at (250, 50), BHBJ 15 m; T2 国槐 at (150, 150), no BHBJ
 * (10 m by default).
 */
final class Hamlet {

    private Hamlet() {
    }

    static PlanPackageBuilder bare() {
        return Plans.builder()
                .land("H1", "0702", square(0, 0, 100))
                .land("H2", "0702", square(100, 0, 100))
                .land("F1", "0103", square(200, 0, 100));
    }

    static PlanPackageBuilder builder() {
        return bare()
                .control(ControlLayers.LSWHBH, "Z1", square(0, 0, 100), props("MC", "古村落"))
                .control(ControlLayers.GSMM, "T1", point(250, 50), props("ZWM", "旱柳", "BHBJ", 15))
                .control(ControlLayers.GSMM, "T2", point(150, 150), props("ZWM", "国槐"));
    }

    static void assertArea(double expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, ((Number) actual).doubleValue(), 0.01);
    }
}
