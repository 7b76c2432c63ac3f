package org.landcon.construction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.construction.internal.ConstructionModuleTest.assertArea;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.rect;
import static org.landcon.testing.Plans.square;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.testing.Plans;

class ConstructionLandNotIncreasedRuleTest {
    private final ConstructionLandNotIncreasedRule rule = new ConstructionLandNotIncreasedRule();

    @Test
    void demolitionOutweighingNewConstructionPasses() {
        // before: H1 + U1 + M1 = 30 000; after: − H1 10 000 + half of F1 5 000
        Verdict v = rule.evaluate(Plans.overlay(Village.builder()
                .parcel("d1", square(0, 0, 100), props("type", "construction", "kind", "demolition", "toDLBM", "0103"))
                .parcel("n1", rect(100, 0, 50, 100), props("type", "construction", "kind", "new-construction",
                        "toDLBM", "0702"))));
        assertEquals(Outcome.PASS, v.outcome());
        assertArea(30_000, v.figures().get("before"));
        assertArea(25_000, v.figures().get("after"));
        assertArea(-5_000, v.figures().get("change"));
        assertEquals(List.of(), v.features());
    }

    @Test
    void growthOfConstructionLandIsAViolationNamingTheParcelsThatBuild() {
        // F1 (TBMJ 10 000 incl. 1 000 田坎) and F2 built on, any content type; H1 demolished only
        Verdict v = rule.evaluate(Plans.overlay(Village.builder()
                .parcel("d1", square(0, 0, 100), props("type", "construction", "kind", "demolition", "toDLBM", "0103"))
                .parcel("n1", square(100, 0, 100), props("type", "construction", "kind", "new-construction",
                        "toDLBM", "0702"))
                .parcel("i1", square(200, 0, 100), props("type", "industry", "kind", "industry-land",
                        "toDLBM", "0601"))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertArea(30_000, v.figures().get("before"));
        assertArea(40_000, v.figures().get("after"));
        assertEquals(List.of("n1", "i1"), v.features());
        assertEquals("整治区域内建设用地增加 10000.00 m²（整治前 30000.00 m²，整治后 40000.00 m²）", v.message());
        assertEquals("construction land in the unit grows by 10000.00 m² (before 30000.00 m², after 40000.00 m²)",
                v.messageEn());
    }

    @Test
    void describesItself() {
        assertEquals(List.of("CONS-QTY", "整治区域内建设用地面积不增加", "十"), List.of(rule.id(), rule.title(), rule.article()));
    }
}
