package org.landcon.industry.internal;

import static org.landcon.testing.Plans.square;

import org.landcon.api.model.ControlLayers;
import org.landcon.spatial.plan.PlanPackageBuilder;
import org.landcon.testing.Plans;

/**
 * 100 m squares: H1 0702 宅基地 (0, 0), F1 0103 (100, 0), F2 0103 (200, 0) = 永久基本农田 Y1,
 * K1 0601 工业 (300, 0), F3 0103 (0, 100).
 */
final class Farmstead {

    private Farmstead() {
    }

    static PlanPackageBuilder builder() {
        return Plans.builder()
                .land("H1", "0702", square(0, 0, 100))
                .land("F1", "0103", square(100, 0, 100))
                .land("F2", "0103", square(200, 0, 100))
                .land("K1", "0601", square(300, 0, 100))
                .land("F3", "0103", square(0, 100, 100))
                .control(ControlLayers.YJJBNT, "Y1", square(200, 0, 100));
    }

    /** H1 demolished and reclaimed to 旱地: 10 000 m² of 复垦. */
    static PlanPackageBuilder withDemolition() {
        return builder().parcel("d1", square(0, 0, 100), Plans.props("type", "construction", "kind", "demolition",
                "toDLBM", "0103"));
    }

    static void assertArea(double expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, ((Number) actual).doubleValue(), 0.01);
    }
}
