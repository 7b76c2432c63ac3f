package org.landcon.farmland.internal;

import static org.landcon.farmland.internal.PbfTownship.*;
import static org.landcon.farmland.internal.Township.rect;
import static org.landcon.farmland.internal.Verdicts.*;

import java.util.List;

import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.junit.jupiter.api.Test;

/** PBF-UDB: the 城镇开发边界 covers A (x 0–100); 调出 inside it, outside it, and across its edge. */
class PbfUdbRuleTest {
    private final PbfUdbRule rule = new PbfUdbRule();

    private static Township township(String opinion) {
        Township t = PbfTownship.township().control(ControlLayers.CZKFBJ, "KF-1", rect(0, 0, 100, 100));
        t.farmland("po-1", "pbf-out", rect(0, 0, 50, 50), "start", "2026-03-01", "finish", "2026-03-01",
                "surveyOpinion", opinion);
        t = out(t, "po-2", rect(150, 0, 50, 50), "2026-03-01");
        return t.farmland("po-3", "pbf-out", rect(75, 50, 50, 50), "start", "2026-03-01", "finish", "2026-03-01",
                "surveyOpinion", "宁自然资踏勘〔2026〕3号");
    }

    @Test
    void outInsideTheBoundaryWithOpinionsPasses() {
        Verdict v = rule.evaluate(township("宁自然资踏勘〔2026〕2号").plan());
        assertOutcome(Outcome.PASS, v, "PBF-UDB");
        // po-1: 0.25 × 10 100; po-3: half of (0.125 × 10 100 + 1 250)
        assertArea(2525 + 1256.25, v, "outAreaInUdb");
        assertRatio(2, v, "parcelsInUdb");
    }

    @Test
    void outInsideTheBoundaryWithoutOpinionIsAViolationNamingIt() {
        Verdict v = rule.evaluate(township("").plan());
        assertOutcome(Outcome.VIOLATION, v, "PBF-UDB");
        assertFeatures(List.of("po-1"), v);
        assertRatio(1, v, "parcelsWithoutOpinion");
    }

    @Test
    void outOnlyOutsideTheBoundaryIsNotApplicable() {
        Township t = PbfTownship.township().control(ControlLayers.CZKFBJ, "KF-1", rect(0, 0, 100, 100));
        assertOutcome(Outcome.NOT_APPLICABLE, rule.evaluate(out(t, "po-2", rect(100, 50, 50, 50), "2026-03-01").plan()),
                "PBF-UDB");
    }
}
