package org.landcon.farmland.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.farmland.internal.PbfTownship.*;
import static org.landcon.farmland.internal.Township.rect;
import static org.landcon.farmland.internal.Verdicts.*;

import java.util.List;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.junit.jupiter.api.Test;

/** PBF-CAP with a 5 % cap on 40 000 m² designated; 调出 is counted at A's official area (× 1.01). */
class PbfCapRuleTest {
    private final PbfCapRule rule = new PbfCapRule();

    @Test
    void takingOutFourPercentPasses() {
        Verdict v = rule.evaluate(out(township(), "po-1", rect(0, 0, 40, 40), "2026-03-01").plan(0.05));
        assertOutcome(Outcome.PASS, v, "PBF-CAP");
        assertArea(1616, v, "outArea");
        assertArea(40000, v, "designatedArea");
        assertRatio(0.0404, v, "ratio");
        assertRatio(0.05, v, "cap");
    }

    @Test
    void takingOutMoreThanTheCapIsAViolation() {
        Verdict v = rule.evaluate(out(township(), "po-1", rect(0, 0, 50, 50), "2026-03-01").plan(0.05));
        assertOutcome(Outcome.VIOLATION, v, "PBF-CAP");
        assertArea(2525, v, "outArea");
        assertRatio(0.063125, v, "ratio");
        assertFeatures(List.of("po-1"), v);
        assertEquals("永久基本农田调整规模超限：调出 0.25 公顷（3.79 亩），占划定面积 4.00 公顷（60.00 亩）的 6.31%，上限 5.00%",
                v.message());
    }

    @Test
    void withoutRegionalPolicyItWarnsAndStillGivesTheFigures() {
        Verdict v = rule.evaluate(out(township(), "po-1", rect(0, 0, 40, 40), "2026-03-01").plan());
        assertOutcome(Outcome.WARNING, v, "PBF-CAP");
        assertEquals("未部署本区域政策参数（区域 640000），调整比例 4.04% 无法判定", v.message());
        assertEquals("no regional policy deployed for region 640000: adjustment ratio 4.04% cannot be judged", v.messageEn());
        assertRatio(0.0404, v, "ratio");
        assertArea(1616, v, "outArea");
    }

    @Test
    void withoutPbfOutItIsNotApplicable() {
        assertOutcome(Outcome.NOT_APPLICABLE, rule.evaluate(township().plan(0.05)), "PBF-CAP");
    }
}
