package org.landcon.farmland.internal;

import static org.landcon.farmland.internal.PbfTownship.*;
import static org.landcon.farmland.internal.Township.rect;
import static org.landcon.farmland.internal.Verdicts.*;

import java.util.List;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.junit.jupiter.api.Test;

/** PBF-QTY: 调出 of 50 × 50 on A counts 2 525 m² (official), 补划 on B its planar area. */
class PbfQuantityRuleTest {
    private final PbfQuantityRule rule = new PbfQuantityRule();

    @Test
    void supplementingMoreThanTakenOutPasses() {
        Township t = out(township(), "po-1", rect(0, 0, 50, 50), "2026-03-01");
        Verdict v = rule.evaluate(in(t, "pi-1", rect(100, 0, 50, 60), "2026-02-01").plan());
        assertOutcome(Outcome.PASS, v, "PBF-QTY");
        assertArea(2525, v, "outArea");
        assertArea(3000, v, "inArea");
        assertArea(475, v, "difference");
    }

    @Test
    void supplementingLessIsAViolationNamingTheParcelsTakenOut() {
        Township t = out(township(), "po-1", rect(0, 0, 50, 50), "2026-03-01");
        Verdict v = rule.evaluate(in(t, "pi-1", rect(100, 0, 50, 40), "2026-02-01").plan());
        assertOutcome(Outcome.VIOLATION, v, "PBF-QTY");
        assertArea(-525, v, "difference");
        assertFeatures(List.of("po-1"), v);
    }

    @Test
    void withoutAdjustmentItIsNotApplicable() {
        assertOutcome(Outcome.NOT_APPLICABLE, rule.evaluate(township().plan()), "PBF-QTY");
    }
}
