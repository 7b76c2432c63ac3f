package org.landcon.farmland.internal;

import static org.landcon.farmland.internal.PbfTownship.*;
import static org.landcon.farmland.internal.Township.rect;
import static org.landcon.farmland.internal.Verdicts.*;

import java.util.List;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.junit.jupiter.api.Test;

/** PBF-QUALITY: 调出 on A (grade 7); 补划 on B (grade 9), C (grade 6) or D (no grade). */
class PbfQualityRuleTest {
    private final PbfQualityRule rule = new PbfQualityRule();

    private static Township outOfA() {
        return out(township(), "po-1", rect(0, 0, 50, 50), "2026-03-01");
    }

    @Test
    void betterSupplementPasses() {
        Verdict v = rule.evaluate(in(outOfA(), "pi-2", rect(200, 0, 50, 50), "2026-02-01").plan());
        assertOutcome(Outcome.PASS, v, "PBF-QUALITY");
        assertRatio(7, v, "outMeanGrade");
        assertRatio(6, v, "inMeanGrade");
        assertArea(2525, v, "outGradedArea");
    }

    @Test
    void poorerSupplementIsAViolationNamingThePoorParcel() {
        Township t = in(outOfA(), "pi-1", rect(100, 0, 40, 50), "2026-02-01");
        Verdict v = rule.evaluate(in(t, "pi-2", rect(200, 0, 50, 50), "2026-02-01").plan());
        assertOutcome(Outcome.VIOLATION, v, "PBF-QUALITY");
        assertRatio((9 * 2000 + 6 * 2500) / 4500.0, v, "inMeanGrade");
        assertArea(4500, v, "inGradedArea");
        assertFeatures(List.of("pi-1"), v);
    }

    @Test
    void ungradedSupplementCannotBeCompared() {
        Verdict v = rule.evaluate(in(outOfA(), "pi-3", rect(300, 0, 50, 50), "2026-02-01").plan());
        assertOutcome(Outcome.WARNING, v, "PBF-QUALITY");
        assertFeatures(List.of("pi-3"), v);
    }
}
