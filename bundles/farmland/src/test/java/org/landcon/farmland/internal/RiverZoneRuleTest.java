package org.landcon.farmland.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.farmland.internal.Township.rect;
import static org.landcon.farmland.internal.Verdicts.*;

import java.util.List;

import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * FARM-RIVER: the 河湖管理范围 covers x 0–150, y 0–200: all of 旱地 A, half of 旱地 B and all of
 * 草地 C, so 15 000 m² of 耕地 lie inside before the plan.
 */
class RiverZoneRuleTest {
    private final RiverZoneRule rule = new RiverZoneRule();

    private static Township township() {
        return new Township().land("A", "0103", 0, 0).land("B", "0103", 100, 0).land("C", "0404", 0, 100)
                .control(ControlLayers.HHGLFW, "HH-1", rect(0, 0, 150, 200));
    }

    @Test
    void movingCultivatedLandOutOfTheZonePasses() {
        Verdict v = rule.evaluate(township()
                .farmland("re-1", "river-exit", rect(100, 0, 50, 100), "toDLBM", "0404").plan());
        assertOutcome(Outcome.PASS, v, "FARM-RIVER");
        assertArea(15000, v, "before");
        assertArea(10000, v, "after");
        assertArea(-5000, v, "change");
    }

    @Test
    void newCultivatedLandInsideTheZoneIsAWarningNamingTheParcel() {
        Verdict v = rule.evaluate(township()
                .farmland("nf-1", "farmland-creation", rect(0, 100, 100, 100), "toDLBM", "0103", "measure", "measured")
                .plan());
        assertOutcome(Outcome.WARNING, v, "FARM-RIVER");
        assertArea(25000, v, "after");
        assertArea(10000, v, "change");
        assertFeatures(List.of("nf-1"), v);
        assertEquals("方案增加河湖管理范围内耕地整治前 1.50 公顷（22.50 亩），整治后 2.50 公顷（37.50 亩）", v.message());
    }

    @Test
    void cultivatedLandLeftInsideUntouchedIsAWarningNamingTheSurveyParcels() {
        Verdict v = rule.evaluate(township().plan());
        assertOutcome(Outcome.WARNING, v, "FARM-RIVER");
        assertArea(15000, v, "after");
        assertFeatures(List.of("A", "B"), v);
    }

    @Test
    void withoutTheLayerItIsNotApplicable() {
        Verdict v = rule.evaluate(new Township().land("A", "0103", 0, 0).plan());
        assertOutcome(Outcome.NOT_APPLICABLE, v, "FARM-RIVER");
    }
}
