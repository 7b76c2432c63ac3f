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
 * PBF-LAYOUT: PBF is a block of 300 × 250 m (75 000 m² = 112.5 亩) and two scattered 40 × 40 m
 * plots (1 600 m² = 2.4 亩 each): 3 patches, mean 26 066.67 m², 75 000 / 78 200 in patches ≥ 100 亩.
 */
class PbfLayoutRuleTest {
    private final PbfLayoutRule rule = new PbfLayoutRule();

    private static Township township() {
        return new Township().land("Z", "0103", rect(0, 0, 600, 250), 0, "GDDB", 7)
                .control(ControlLayers.YJJBNT, "JB-1", rect(0, 0, 300, 250))
                .control(ControlLayers.YJJBNT, "JB-2", rect(400, 0, 40, 40))
                .control(ControlLayers.YJJBNT, "JB-3", rect(500, 0, 40, 40));
    }

    private static Township adjust(Township t, String outWkt, String inWkt) {
        t.farmland("po-1", "pbf-out", outWkt, "start", "2026-03-01", "finish", "2026-03-01");
        return t.farmland("pi-1", "pbf-in", inWkt, "start", "2026-01-01", "finish", "2026-02-01");
    }

    @Test
    void movingScatteredPlotsNextToTheBlockPasses() {
        Township t = township().farmland("po-2", "pbf-out", rect(500, 0, 40, 40), "start", "2026-03-01", "finish",
                "2026-03-01");
        Verdict v = rule.evaluate(adjust(t, rect(400, 0, 40, 40), rect(300, 0, 20, 160)).plan());
        assertOutcome(Outcome.PASS, v, "PBF-LAYOUT");
        assertEquals(3, v.figures().get("patchCountBefore"));
        assertEquals(1, v.figures().get("patchCountAfter"));
        assertArea(78200 / 3.0, v, "meanPatchAreaBefore");
        assertArea(78200, v, "meanPatchAreaAfter");
        assertRatio(75000 / 78200.0, v, "shareOver100MuBefore");
        assertRatio(1, v, "shareOver100MuAfter");
        assertEquals(List.of(2, 0, 0, 1), v.figures().get("classCountsBefore"));
        assertEquals(List.of(0, 0, 0, 1), v.figures().get("classCountsAfter"));
        assertFeatures(List.of(), v);
    }

    @Test
    void cuttingTheBlockAndSupplementingAScatteredPlotIsAWarning() {
        Verdict v = rule.evaluate(adjust(township(), rect(140, 0, 10, 250), rect(500, 100, 40, 40)).plan());
        assertOutcome(Outcome.WARNING, v, "PBF-LAYOUT");
        assertEquals(5, v.figures().get("patchCountAfter"));
        assertArea(77300 / 5.0, v, "meanPatchAreaAfter");
        assertRatio(0, v, "shareOver100MuAfter");
        assertEquals(List.of(3, 0, 0, 2), v.figures().get("classCountsAfter"));
        assertFeatures(List.of("pi-1"), v);
    }

    @Test
    void aCutNarrowerThanARoadDoesNotBreakThePatch() {
        Verdict v = rule.evaluate(adjust(township(), rect(140, 0, 4, 250), rect(300, 0, 20, 160)).plan());
        assertOutcome(Outcome.PASS, v, "PBF-LAYOUT");
        assertEquals(3, v.figures().get("patchCountAfter"));
        assertArea(80400 / 3.0, v, "meanPatchAreaAfter");
        assertRatio(77200 / 80400.0, v, "shareOver100MuAfter");
    }

    @Test
    void withoutAdjustmentItIsNotApplicable() {
        assertOutcome(Outcome.NOT_APPLICABLE, rule.evaluate(township().plan()), "PBF-LAYOUT");
    }
}
