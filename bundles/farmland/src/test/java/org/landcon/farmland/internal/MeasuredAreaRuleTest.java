package org.landcon.farmland.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.farmland.internal.Township.rect;
import static org.landcon.farmland.internal.Verdicts.*;

import java.util.List;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.junit.jupiter.api.Test;

/** FARM-MEASURED: 宅基地 and 工矿 reclaimed to 耕地, one measured and one worked out on the map. */
class MeasuredAreaRuleTest {
    private final MeasuredAreaRule rule = new MeasuredAreaRule();

    private static Township township() {
        return new Township().land("A", "0702", 0, 0).land("B", "0602", rect(100, 0, 100, 100), 2000)
                .land("C", "0103", 200, 0);
    }

    @Test
    void measuredNewLandPasses() {
        Verdict v = rule.evaluate(township()
                .farmland("nf-1", "farmland-creation", rect(0, 0, 100, 100), "toDLBM", "0103", "measure", "measured")
                .farmland("dp-1", "dry-to-paddy", rect(200, 0, 100, 100), "toDLBM", "0101")
                .plan());
        assertOutcome(Outcome.PASS, v, "FARM-MEASURED");
        assertArea(10000, v, "newCultivatedArea");
        assertArea(0, v, "unmeasuredArea");
    }

    @Test
    void newLandOnTheMapIsAViolationNamingTheParcel() {
        Verdict v = rule.evaluate(township()
                .farmland("nf-1", "farmland-creation", rect(0, 0, 100, 100), "toDLBM", "0103", "measure", "measured")
                .farmland("nf-2", "farmland-creation", rect(100, 0, 50, 100), "toDLBM", "0102", "measure", "map",
                        "toKCXS", 0.1)
                .plan());
        assertOutcome(Outcome.VIOLATION, v, "FARM-MEASURED");
        // nf-2: f = 0.5 of a 10 000 m² 图斑, with 10 % 田坎 after: 0.5 × 10 000 × 0.9
        assertArea(14500, v, "newCultivatedArea");
        assertArea(4500, v, "unmeasuredArea");
        assertFeatures(List.of("nf-2"), v);
        assertEquals("新增耕地 0.45 公顷（6.75 亩）未实测（measure 应为 measured）：nf-2", v.message());
    }

    @Test
    void noNewLandIsNotApplicable() {
        Verdict v = rule.evaluate(township().farmland("dp-1", "dry-to-paddy", rect(200, 0, 100, 100), "toDLBM", "0101").plan());
        assertOutcome(Outcome.NOT_APPLICABLE, v, "FARM-MEASURED");
    }
}
