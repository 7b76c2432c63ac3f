package org.landcon.farmland.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.farmland.internal.PbfTownship.*;
import static org.landcon.farmland.internal.Township.rect;
import static org.landcon.farmland.internal.Verdicts.*;

import java.util.List;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * 先补后调: two 调出 of 2 525 m² each on A; 补划 of 3 000 m² on B done by 1 February, and 2 500 m²
 * on C done on a date each test chooses.
 */
class PbfFirstSupplementRuleTest {
    private final PbfFirstSupplementRule rule = new PbfFirstSupplementRule();

    private static Township plan(String secondOutStart, String secondInFinish) {
        Township t = out(township(), "po-1", rect(0, 0, 50, 50), "2026-03-01");
        t = out(t, "po-2", rect(50, 0, 50, 50), secondOutStart);
        t = in(t, "pi-1", rect(100, 0, 60, 50), "2026-02-01");
        return in(t, "pi-2", rect(200, 0, 50, 50), secondInFinish);
    }

    @Test
    void everyOutStartingAfterEnoughInIsFinishedPasses() {
        Verdict v = rule.evaluate(plan("2026-05-01", "2026-04-30").plan());
        assertOutcome(Outcome.PASS, v, "PBF-FIRST-SUPPLEMENT");
        assertArea(5050, v, "outArea");
        assertArea(5500, v, "inArea");
    }

    @Test
    void anOutStartingBeforeTheSupplementIsFinishedIsAViolation() {
        Verdict v = rule.evaluate(plan("2026-05-01", "2026-06-01").plan());
        assertOutcome(Outcome.VIOLATION, v, "PBF-FIRST-SUPPLEMENT");
        assertFeatures(List.of("po-2"), v);
        assertEquals("2026-05-01", v.figures().get("firstLateDate"));
        assertArea(5050, v, "requiredArea");
        assertArea(3000, v, "finishedArea");
        assertEquals("未先补后调：调出地块 po-2 于 2026-05-01 开工时累计调出 0.51 公顷（7.58 亩），此前完成补划仅 0.30 公顷（4.50 亩）",
                v.message());
    }

    @Test
    void outsStartingTheSameDayCountTogether() {
        Verdict v = rule.evaluate(plan("2026-03-01", "2026-02-15").plan());
        assertOutcome(Outcome.PASS, v, "PBF-FIRST-SUPPLEMENT");
        Verdict late = rule.evaluate(plan("2026-03-01", "2026-03-02").plan());
        assertOutcome(Outcome.VIOLATION, late, "PBF-FIRST-SUPPLEMENT");
        assertFeatures(List.of("po-1", "po-2"), late);
        assertArea(5050, late, "requiredArea");
    }
}
