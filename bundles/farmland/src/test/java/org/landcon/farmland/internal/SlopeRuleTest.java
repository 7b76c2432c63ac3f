package org.landcon.farmland.internal;

import static org.landcon.farmland.internal.Township.rect;
import static org.landcon.farmland.internal.Verdicts.*;

import java.util.List;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.junit.jupiter.api.Test;

/** FARM-SLOPE: 旱地 A on slope class 5 (&gt; 25°), 旱地 B on class 2, 草地 C on class 5. */
class SlopeRuleTest {
    private final SlopeRule rule = new SlopeRule();

    private static Township township() {
        return new Township().land("A", "0103", rect(0, 0, 100, 100), 500, "GDPDJB", 5)
                .land("B", "0103", 100, 0, "GDPDJB", 2).land("C", "0404", 200, 0, "GDPDJB", 5);
    }

    @Test
    void returningSteepFieldsToForestPasses() {
        Verdict v = rule.evaluate(township().farmland("se-1", "slope-exit", rect(0, 0, 100, 100), "toDLBM", "0301").plan());
        assertOutcome(Outcome.PASS, v, "FARM-SLOPE");
        assertArea(9500, v, "before");
        assertArea(0, v, "after");
    }

    @Test
    void reclaimingSteepLandIsAWarningNamingTheParcel() {
        Verdict v = rule.evaluate(township()
                .farmland("nf-1", "farmland-creation", rect(200, 0, 100, 50), "toDLBM", "0103", "measure", "measured")
                .farmland("nf-2", "farmland-creation", rect(100, 0, 100, 50), "toDLBM", "0101", "measure", "measured")
                .plan());
        assertOutcome(Outcome.WARNING, v, "FARM-SLOPE");
        assertArea(9500, v, "before");
        assertArea(14500, v, "after");
        assertFeatures(List.of("nf-1"), v);
    }

    @Test
    void steepFieldsLeftAloneAreAWarningNamingThem() {
        Verdict v = rule.evaluate(township().plan());
        assertOutcome(Outcome.WARNING, v, "FARM-SLOPE");
        assertFeatures(List.of("A"), v);
    }

    @Test
    void noSteepCultivatedLandPasses() {
        Verdict v = rule.evaluate(new Township().land("B", "0103", 100, 0, "GDPDJB", 2).plan());
        assertOutcome(Outcome.PASS, v, "FARM-SLOPE");
        assertArea(0, v, "after");
    }
}
