package org.landcon.construction.internal;

import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.square;

import org.landcon.api.model.ControlLayers;
import org.landcon.spatial.plan.PlanPackageBuilder;
import org.landcon.testing.Plans;

/**
 * A village of 100 m squares (TBMJ = planar area):
 * <pre>
 *  y 200  U1 0701 城镇住宅 (CZCSXM 202)   M1 0602 采矿
 *  y   0  H1 0702 宅基地 (203)   F1 0103 (KCMJ 1000)   F2 0103
 *         x 0                     x 100                 x 200
 * </pre>
 * The urban development boundary B1 is the 200 m square at (−50, 150): 40 000 m², over U1 and
 * the west half of M1.
 */
final class Village {

    private Village() {
    }

    static PlanPackageBuilder builder() {
        return Plans.builder()
                .land("H1", "0702", square(0, 0, 100), 0, props("CZCSXM", "203"))
                .land("F1", "0103", square(100, 0, 100), 1000, null)
                .land("F2", "0103", square(200, 0, 100))
                .land("U1", "0701", square(0, 200, 100), 0, props("CZCSXM", "202"))
                .land("M1", "0602", square(100, 200, 100))
                .control(ControlLayers.CZKFBJ, "B1", square(-50, 150, 200));
    }
}
