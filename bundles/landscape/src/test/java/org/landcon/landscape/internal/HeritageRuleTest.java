package org.landcon.landscape.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.landscape.internal.Hamlet.assertArea;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.rect;
import static org.landcon.testing.Plans.square;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.testing.Plans;

class HeritageRuleTest {
    private final HeritageRule rule = new HeritageRule();

    @Test
    void repairInsideAndDemolitionOutsideTheZonePass() {
        Verdict v = rule.evaluate(Plans.overlay(Hamlet.builder()
                .parcel("r1", rect(0, 0, 50, 100), props("type", "landscape", "kind", "heritage-repair"))
                .parcel("d3", rect(50, 0, 50, 100), props("type", "construction", "kind", "demolition",
                        "toDLBM", "0103", "repair", true))
                .parcel("d2", square(100, 0, 100), props("type", "construction", "kind", "demolition",
                        "toDLBM", "0103"))));
        assertEquals(Outcome.PASS, v.outcome());
        assertArea(0, v.figures().get("area"));
        assertEquals(List.of(), v.features());
    }

    @Test
    void demolitionOrRebuildingInsideTheZoneIsAViolation() {
        Verdict v = rule.evaluate(Plans.overlay(Hamlet.builder()
                .parcel("d1", rect(0, 0, 50, 100), props("type", "construction", "kind", "demolition",
                        "toDLBM", "0103"))
                .parcel("i1", rect(50, 0, 50, 100), props("type", "industry", "kind", "agri-tourism",
                        "toDLBM", "05H1"))
                .parcel("t1", rect(50, 0, 0.5, 0.5), props("type", "landscape", "kind", "landscape-improvement"))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertArea(10_000, v.figures().get("area"));
        assertEquals(List.of("d1", "i1", "Z1"), v.features());
        assertEquals("历史文化保护范围 Z1 内有拆旧建新 10000.00 m²：d1 5000.00 m², i1 5000.00 m²", v.message());
    }

    @Test
    void notApplicableWithoutHeritageLayer() {
        Verdict v = rule.evaluate(Plans.overlay(Hamlet.bare().parcel("d1", square(0, 0, 100),
                props("type", "construction", "kind", "demolition", "toDLBM", "0103"))));
        assertEquals(Outcome.NOT_APPLICABLE, v.outcome());
    }
}
