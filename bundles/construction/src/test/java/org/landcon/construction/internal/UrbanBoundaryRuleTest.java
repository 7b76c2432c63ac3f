package org.landcon.construction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.landcon.construction.internal.ConstructionModuleTest.assertArea;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.rect;
import static org.landcon.testing.Plans.square;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.testing.Plans;

class UrbanBoundaryRuleTest {
    private final UrbanBoundaryRule rule = new UrbanBoundaryRule();

    @Test
    void ratioKeptWhenUrbanLandStays() {
        // demolishing the village homestead H1 (CZCSXM 203) and rebuilding inside U1 leave urban land at 10 000
        Verdict v = rule.evaluate(Plans.overlay(Village.builder()
                .parcel("d1", square(0, 0, 100), props("type", "construction", "kind", "demolition", "toDLBM", "0103"))
                .parcel("n2", square(0, 200, 50), props("type", "construction", "kind", "new-construction",
                        "toDLBM", "08H2")), new Plans.TestPolicy(0.01, 0.9)));
        assertEquals(Outcome.PASS, v.outcome());
        assertArea(40_000, v.figures().get("udbBefore"));
        assertArea(40_000, v.figures().get("udbAfter"));
        assertArea(10_000, v.figures().get("urbanBefore"));
        assertArea(10_000, v.figures().get("urbanAfter"));
        assertEquals(4.0, (double) v.figures().get("ratioBefore"), 1e-9);
        assertEquals(4.0, (double) v.figures().get("ratioAfter"), 1e-9);
        assertEquals(0.01, (double) v.figures().get("tolerance"), 1e-12);
    }

    @Test
    void removingUrbanConstructionLandRaisesTheRatio() {
        Verdict v = rule.evaluate(Plans.overlay(Village.builder()
                .parcel("d3", rect(0, 200, 50, 100), props("type", "construction", "kind", "demolition",
                        "toDLBM", "0103"))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertArea(5_000, v.figures().get("urbanAfter"));
        assertEquals(8.0, (double) v.figures().get("ratioAfter"), 1e-9);
        assertEquals(0.0, (double) v.figures().get("tolerance"));
        assertEquals(List.of("d3"), v.features());
        assertEquals("城镇开发边界面积 40000.00 m² → 40000.00 m²（允许变化 0.0000）；扩展倍数 4.0000 → 8.0000"
                + "（现状城镇建设用地 10000.00 m² → 5000.00 m²）", v.message());
    }

    @Test
    void notApplicableWithoutUrbanConstructionLand() {
        Verdict v = rule.evaluate(Plans.overlay(Plans.builder().land("H1", "0702", square(0, 0, 100))
                .control("CZKFBJ", "B1", square(0, 0, 100))));
        assertEquals(Outcome.NOT_APPLICABLE, v.outcome());
        assertFalse(v.message().isEmpty());
    }
}
