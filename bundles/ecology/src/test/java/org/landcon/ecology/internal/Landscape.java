package org.landcon.ecology.internal;

import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.rect;
import static org.landcon.testing.Plans.square;

import org.landcon.api.model.ControlLayers;
import org.landcon.spatial.plan.PlanPackageBuilder;
import org.landcon.testing.Plans;

/**
 * Land of 100 m squares (TBMJ = planar area):
 * <pre>
 *  y 100  R1 1101 河流   S1 1108 沼泽地   G1 0404 其他草地   B1 0602 采矿
 *  y   0  C1 0103 梯田   C2 0102 (KCMJ 500) W1 0301 乔木林  W2 0301K
 *         x 0            x 100            x 200            x 300
 * </pre>
 * Red line: Z1 = [0, 150] × [0, 100] (C1 and the west half of C2, 15 000 m²) and Z2 = W1
 * (10 000 m²).
 */
final class Landscape {

    private Landscape() {
    }

    static PlanPackageBuilder withoutRedLine() {
        return Plans.builder()
                .land("C1", "0103", square(0, 0, 100), 0, props("GDLX", "TT"))
                .land("C2", "0102", square(100, 0, 100), 500, null)
                .land("W1", "0301", square(200, 0, 100))
                .land("W2", "0301K", square(300, 0, 100))
                .land("R1", "1101", square(0, 100, 100))
                .land("S1", "1108", square(100, 100, 100))
                .land("G1", "0404", square(200, 100, 100))
                .land("B1", "0602", square(300, 100, 100));
    }

    static PlanPackageBuilder builder() {
        return withoutRedLine()
                .control(ControlLayers.STBHHX, "Z1", rect(0, 0, 150, 100))
                .control(ControlLayers.STBHHX, "Z2", square(200, 0, 100));
    }

    static void assertArea(double expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, ((Number) actual).doubleValue(), 0.01);
    }
}
