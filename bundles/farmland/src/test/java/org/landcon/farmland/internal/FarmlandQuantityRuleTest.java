package org.landcon.farmland.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.farmland.internal.Township.rect;
import static org.landcon.farmland.internal.Verdicts.*;

import java.util.List;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.junit.jupiter.api.Test;

/** FARM-QTY on a 0103 图斑 with 1 000 m² 田坎 (耕地 9 000 m²) beside a 0702 宅基地. */
class FarmlandQuantityRuleTest {
    private final FarmlandQuantityRule rule = new FarmlandQuantityRule();

    private static Township township() {
        return new Township().land("A", "0103", rect(0, 0, 100, 100), 1000).land("B", "0702", 100, 0);
    }

    @Test
    void reclaimingAsMuchAsIsBuiltPasses() {
        Verdict v = rule.evaluate(township()
                .other("c-1", "construction", "new-construction", rect(0, 0, 50, 100), "toDLBM", "0702")
                .farmland("nf-1", "farmland-creation", rect(100, 0, 50, 100), "toDLBM", "0103", "measure", "measured")
                .plan());
        assertOutcome(Outcome.PASS, v, "FARM-QTY");
        assertArea(9000, v, "before");
        // 9000 − 0.5 × 9000 + 0.5 × 10000 (the 宅基地 has no 田坎 and the new 耕地 gets none)
        assertArea(9500, v, "after");
        assertArea(500, v, "change");
    }

    @Test
    void buildingOnMoreCultivatedLandThanIsReclaimedIsAViolationNamingTheBuilder() {
        Verdict v = rule.evaluate(township()
                .other("c-1", "construction", "new-construction", rect(0, 0, 50, 100), "toDLBM", "0702")
                .farmland("nf-1", "farmland-creation", rect(100, 0, 50, 50), "toDLBM", "0103", "measure", "measured")
                .plan());
        assertOutcome(Outcome.VIOLATION, v, "FARM-QTY");
        assertArea(9000, v, "before");
        assertArea(7000, v, "after");
        assertArea(-2000, v, "change");
        assertFeatures(List.of("c-1"), v);
        assertEquals("耕地减少 0.20 公顷（3.00 亩）：整治前 0.90 公顷（13.50 亩），整治后 0.70 公顷（10.50 亩）", v.message());
        assertEquals("cultivated land decreases by 0.20 ha (3.00 mu): 0.90 ha (13.50 mu) before, 0.70 ha (10.50 mu) after",
                v.messageEn());
    }
}
