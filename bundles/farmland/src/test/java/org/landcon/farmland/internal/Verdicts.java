package org.landcon.farmland.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;

/** Assertions on verdicts: outcome, figures to 0.01 (m²) or 1e-6 (ratios, grades), feature ids. */
final class Verdicts {

    private Verdicts() {
    }

    static void assertOutcome(Outcome expected, Verdict v, String rule) {
        assertEquals(rule, v.rule());
        assertEquals(expected, v.outcome(), () -> v.message() + " / " + v.messageEn());
    }

    static void assertArea(double expected, Verdict v, String figure) {
        assertEquals(expected, ((Number) v.figures().get(figure)).doubleValue(), 0.01, figure);
    }

    static void assertRatio(double expected, Verdict v, String figure) {
        assertEquals(expected, ((Number) v.figures().get(figure)).doubleValue(), 1e-6, figure);
    }

    static void assertFeatures(List<String> expected, Verdict v) {
        assertEquals(expected, v.features());
    }
}
