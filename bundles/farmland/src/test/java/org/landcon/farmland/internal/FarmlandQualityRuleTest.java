package org.landcon.farmland.internal;

import static org.landcon.farmland.internal.Township.rect;
import static org.landcon.farmland.internal.Verdicts.*;

import java.util.List;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.junit.jupiter.api.Test;

/** FARM-QUALITY on two 旱地 of grade 8 and 10 (mean 9) and a 其他草地 without grade. */
class FarmlandQualityRuleTest {
    private final FarmlandQualityRule rule = new FarmlandQualityRule();

    private static Township township() {
        return new Township().land("A", "0103", 0, 0, "GDDB", 8).land("B", "0103", 100, 0, "GDDB", 10)
                .land("C", "0404", 200, 0);
    }

    @Test
    void upgradingPasses() {
        Verdict v = rule.evaluate(township().farmland("qu-1", "quality-upgrade", rect(100, 0, 100, 100), "toGrade", 6).plan());
        assertOutcome(Outcome.PASS, v, "FARM-QUALITY");
        assertRatio(9, v, "meanGradeBefore");
        assertRatio(7, v, "meanGradeAfter");
        assertArea(20000, v, "gradedAreaAfter");
    }

    @Test
    void poorNewLandMakesTheMeanWorseAndIsNamed() {
        Verdict v = rule.evaluate(township()
                .farmland("qu-1", "quality-upgrade", rect(100, 0, 100, 100), "toGrade", 9)
                .farmland("nf-1", "farmland-creation", rect(200, 0, 100, 100), "toDLBM", "0103", "toGrade", 12,
                        "measure", "measured")
                .plan());
        assertOutcome(Outcome.VIOLATION, v, "FARM-QUALITY");
        assertRatio(9, v, "meanGradeBefore");
        assertRatio((8 + 9 + 12) / 3.0, v, "meanGradeAfter");
        assertArea(30000, v, "gradedAreaAfter");
        assertFeatures(List.of("nf-1"), v);
    }

    @Test
    void unchangedGradeIsAWarning() {
        Verdict v = rule.evaluate(township().farmland("dp-1", "dry-to-paddy", rect(0, 0, 100, 100), "toDLBM", "0101").plan());
        assertOutcome(Outcome.WARNING, v, "FARM-QUALITY");
        assertRatio(9, v, "meanGradeAfter");
        assertFeatures(List.of(), v);
    }

    @Test
    void newLandWithoutGradeIsKeptApart() {
        Verdict v = rule.evaluate(township()
                .farmland("qu-1", "quality-upgrade", rect(0, 0, 100, 100), "toGrade", 7)
                .farmland("nf-1", "farmland-creation", rect(200, 0, 100, 50), "toDLBM", "0103", "measure", "measured")
                .plan());
        assertOutcome(Outcome.PASS, v, "FARM-QUALITY");
        assertRatio(8.5, v, "meanGradeAfter");
        assertArea(5000, v, "ungradedAreaAfter");
    }

    @Test
    void noGradedCultivatedLandIsNotApplicable() {
        Verdict v = rule.evaluate(new Township().land("A", "0103", 0, 0).plan());
        assertOutcome(Outcome.NOT_APPLICABLE, v, "FARM-QUALITY");
    }
}
