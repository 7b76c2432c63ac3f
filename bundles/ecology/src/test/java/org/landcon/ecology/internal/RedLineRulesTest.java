package org.landcon.ecology.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.ecology.internal.Landscape.assertArea;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.rect;
import static org.landcon.testing.Plans.square;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.testing.Plans;

/** ECO-REDLINE-OCCUPY, ECO-REDLINE-AREA and ECO-REDLINE-FARMLAND on the red line Z1 + Z2. */
class RedLineRulesTest {
    private final RedLineOccupationRule occupy = new RedLineOccupationRule();
    private final RedLineAreaRule area = new RedLineAreaRule();
    private final RedLineFarmlandExitRule farmland = new RedLineFarmlandExitRule();

    @Test
    void keepingFarmlandAsFarmlandOrRestoringIsNoOccupation() {
        Verdict v = occupy.evaluate(Plans.overlay(Landscape.builder()
                .parcel("q1", square(0, 0, 100), props("type", "farmland", "kind", "quality-upgrade", "toDLBM", "0103"))
                .parcel("m1", square(300, 100, 100), props("type", "ecology", "kind", "mine-restoration",
                        "toDLBM", "0301"))));
        assertEquals(Outcome.PASS, v.outcome());
        assertArea(0, v.figures().get("area"));
        assertEquals(List.of(), v.features());
    }

    @Test
    void newConstructionOrFarmlandInsideTheRedLineIsAViolation() {
        Verdict v = occupy.evaluate(Plans.overlay(Landscape.builder()
                .parcel("n1", square(100, 0, 100), props("type", "construction", "kind", "new-construction",
                        "toDLBM", "0702"))
                .parcel("f1", square(200, 0, 100), props("type", "farmland", "kind", "farmland-creation",
                        "toDLBM", "0103"))
                .parcel("f2", square(300, 0, 100), props("type", "farmland", "kind", "farmland-creation",
                        "toDLBM", "0103"))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        // n1: west half of C2 inside Z1 = 5 000; f1: all of W1 inside Z2 = 10 000; f2 lies outside
        assertArea(15_000, v.figures().get("area"));
        assertEquals(List.of("n1", "f1"), v.features());
        assertEquals("在生态保护红线内新增建设用地或耕地 15000.00 m²：n1 5000.00 m², f1 10000.00 m²", v.message());
    }

    @Test
    void occupationNotApplicableWithoutRedLineLayer() {
        assertEquals(Outcome.NOT_APPLICABLE, occupy.evaluate(Plans.overlay(Landscape.withoutRedLine())).outcome());
    }

    @Test
    void redLineKeptWhenExitsAreMadeUpFor() {
        Verdict v = area.evaluate(Plans.overlay(Landscape.builder()
                .parcel("x1", square(0, 0, 100), props("type", "ecology", "kind", "redline-exit", "symbiotic", false,
                        "redlineChange", -10_000))
                .parcel("g1", square(200, 100, 100), props("type", "ecology", "kind", "greening", "toDLBM", "0301",
                        "redlineChange", 12_000))));
        assertEquals(Outcome.PASS, v.outcome());
        assertArea(25_000, v.figures().get("before"));
        assertArea(27_000, v.figures().get("after"));
    }

    @Test
    void redLineShrinkingIsAViolation() {
        Verdict v = area.evaluate(Plans.overlay(Landscape.builder()
                .parcel("x1", square(0, 0, 100), props("type", "ecology", "kind", "redline-exit", "symbiotic", false,
                        "redlineChange", "-10000"))
                .parcel("g1", square(200, 100, 100), props("type", "ecology", "kind", "greening", "toDLBM", "0301"))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertArea(15_000, v.figures().get("after"));
        assertArea(-10_000, v.figures().get("change"));
        assertEquals(List.of("x1"), v.features());
        assertEquals("red line area 25000.00 m² → 15000.00 m², down by 10000.00 m² (x1)", v.messageEn());
    }

    @Test
    void ordinaryFarmlandMayLeaveTheRedLine() {
        Verdict v = farmland.evaluate(Plans.overlay(Landscape.builder()
                .parcel("g2", square(100, 0, 100), props("type", "ecology", "kind", "greening", "toDLBM", "0305"))));
        assertEquals(Outcome.PASS, v.outcome());
        // only the west half of C2 lies in the red line
        assertArea(5_000, v.figures().get("movedOut"));
        assertArea(0, v.figures().get("terraces"));
    }

    @Test
    void terracesAndSymbioticFarmlandMustStay() {
        Verdict v = farmland.evaluate(Plans.overlay(Landscape.builder()
                .parcel("x1", square(0, 0, 100), props("type", "ecology", "kind", "redline-exit", "symbiotic", false))
                .parcel("x3", rect(100, 0, 50, 100), props("type", "ecology", "kind", "redline-exit",
                        "symbiotic", "true"))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertArea(15_000, v.figures().get("movedOut"));
        assertArea(10_000, v.figures().get("terraces"));
        assertArea(5_000, v.figures().get("symbiotic"));
        assertEquals(List.of("x1", "x3"), v.features());
        assertEquals("调出生态保护红线的耕地含梯田或共生耕地：x1 / C1 10000.00 m² (梯田)；x3 / C2 5000.00 m² (共生耕地)",
                v.message());
    }

    @Test
    void farmlandExitNotApplicableWhenNoFarmlandLeaves() {
        Verdict v = farmland.evaluate(Plans.overlay(Landscape.builder()
                .parcel("q1", square(0, 0, 100), props("type", "farmland", "kind", "quality-upgrade", "toDLBM", "0101"))));
        assertEquals(Outcome.NOT_APPLICABLE, v.outcome());
    }
}
