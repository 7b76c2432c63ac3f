package org.landcon.landscape.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.rect;
import static org.landcon.testing.Plans.square;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.testing.Plans;

class TreeProtectionRuleTest {
    private final TreeProtectionRule rule = new TreeProtectionRule();

    @Test
    void worksOutsideTheRadiiAndTheProtectionItselfPass() {
        // H2 is 50 m from both trees; p1 around T1 is the protection works
        Verdict v = rule.evaluate(Plans.overlay(Hamlet.builder()
                .parcel("d2", square(100, 0, 100), props("type", "construction", "kind", "demolition", "toDLBM", "0103"))
                .parcel("p1", square(200, 0, 100), props("type", "landscape", "kind", "old-tree-protection"))));
        assertEquals(Outcome.PASS, v.outcome());
        assertEquals(0, v.figures().get("trees"));
        assertEquals(List.of(), v.features());
    }

    @Test
    void parcelsWithinARadiusAreAViolation() {
        // n1 ends at x 240: 10 m from T1 (BHBJ 15); q1 ends at y 145: 5 m from T2 (default 10 m)
        Verdict v = rule.evaluate(Plans.overlay(Hamlet.builder()
                .parcel("n1", rect(200, 0, 40, 100), props("type", "construction", "kind", "new-construction",
                        "toDLBM", "0702"))
                .parcel("q1", rect(100, 100, 100, 45), props("type", "farmland", "kind", "quality-upgrade"))
                .parcel("q2", rect(100, 100, 100, 39), props("type", "farmland", "kind", "quality-upgrade"))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertEquals(List.of("n1", "q1", "T1", "T2"), v.features());
        assertEquals(2, v.figures().get("trees"));
        assertEquals(5.0, (double) v.figures().get("minDistance"), 1e-9);
        assertEquals("地块进入古树名木保护范围：n1 → T1 (距 10.00 m, 保护半径 15.00 m)；q1 → T2 (距 5.00 m, 保护半径 10.00 m)",
                v.message());
    }

    @Test
    void notApplicableWithoutTreeLayer() {
        assertEquals(Outcome.NOT_APPLICABLE, rule.evaluate(Plans.overlay(Hamlet.bare())).outcome());
    }
}
