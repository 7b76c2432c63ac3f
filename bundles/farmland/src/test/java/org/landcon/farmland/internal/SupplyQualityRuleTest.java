package org.landcon.farmland.internal;

import static org.landcon.farmland.internal.Township.rect;
import static org.landcon.farmland.internal.Verdicts.*;

import java.util.List;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.junit.jupiter.api.Test;

/** FARM-SUPPLY-QUALITY: a 水田 of grade 6 built on, 草地 and 宅基地 reclaimed. */
class SupplyQualityRuleTest {
    private final SupplyQualityRule rule = new SupplyQualityRule();

    private static Township township() {
        return new Township().land("A", "0101", 0, 0, "GDDB", 6).land("B", "0404", 100, 0).land("C", "0702", 200, 0)
                .other("c-1", "construction", "new-construction", rect(0, 0, 100, 50), "toDLBM", "0702");
    }

    @Test
    void newLandAsGoodAsTakenPasses() {
        Verdict v = rule.evaluate(township()
                .farmland("nf-1", "farmland-creation", rect(100, 0, 100, 50), "toDLBM", "0101", "toGrade", 5,
                        "measure", "measured")
                .plan());
        assertOutcome(Outcome.PASS, v, "FARM-SUPPLY-QUALITY");
        assertRatio(5, v, "newMeanGrade");
        assertRatio(6, v, "takenMeanGrade");
        assertArea(5000, v, "newArea");
        assertArea(5000, v, "takenArea");
        assertArea(5000, v, "takenPaddyArea");
        assertArea(5000, v, "newPaddyArea");
    }

    @Test
    void poorerNewLandIsAWarningNamingIt() {
        Verdict v = rule.evaluate(township()
                .farmland("nf-1", "farmland-creation", rect(100, 0, 100, 50), "toDLBM", "0103", "toGrade", 5,
                        "measure", "measured")
                .farmland("nf-2", "farmland-creation", rect(200, 0, 100, 100), "toDLBM", "0103", "toGrade", 9,
                        "measure", "measured")
                .plan());
        assertOutcome(Outcome.WARNING, v, "FARM-SUPPLY-QUALITY");
        assertRatio((5 * 5000 + 9 * 10000) / 15000.0, v, "newMeanGrade");
        assertArea(15000, v, "newArea");
        assertArea(0, v, "newPaddyArea");
        assertFeatures(List.of("nf-2"), v);
    }

    @Test
    void ungradedNewLandCannotBeCompared() {
        Verdict v = rule.evaluate(township()
                .farmland("nf-1", "farmland-creation", rect(100, 0, 100, 50), "toDLBM", "0103", "measure", "measured")
                .plan());
        assertOutcome(Outcome.WARNING, v, "FARM-SUPPLY-QUALITY");
        assertFeatures(List.of("nf-1"), v);
    }

    @Test
    void withoutTakingCultivatedLandItIsNotApplicable() {
        Verdict v = rule.evaluate(new Township().land("B", "0404", 100, 0)
                .farmland("nf-1", "farmland-creation", rect(100, 0, 100, 50), "toDLBM", "0103", "toGrade", 5,
                        "measure", "measured")
                .plan());
        assertOutcome(Outcome.NOT_APPLICABLE, v, "FARM-SUPPLY-QUALITY");
    }
}
