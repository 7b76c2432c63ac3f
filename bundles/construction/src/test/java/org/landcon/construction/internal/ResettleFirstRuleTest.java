package org.landcon.construction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.construction.internal.ConstructionModuleTest.assertArea;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.square;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.spatial.plan.PlanPackageBuilder;
import org.landcon.testing.Plans;

class ResettleFirstRuleTest {
    private final ResettleFirstRule rule = new ResettleFirstRule();

    private static PlanPackageBuilder plan(String demolitionStart, String resettles) {
        return Village.builder()
                .parcel("d1", square(0, 0, 100), props("type", "construction", "kind", "demolition", "toDLBM", "0103",
                        "resettles", resettles, "start", demolitionStart))
                .parcel("r1", square(200, 0, 50), props("type", "construction", "kind", "resettlement",
                        "subproject", "sp-r", "toDLBM", "0702", "finish", "2025-05-31"))
                .parcel("r2", square(250, 50, 50), props("type", "construction", "kind", "resettlement",
                        "subproject", "sp-r", "toDLBM", "0702", "finish", "2025-06-30"));
    }

    @Test
    void demolitionAfterTheLastResettlementParcelFinishesPasses() {
        Verdict v = rule.evaluate(Plans.overlay(plan("2025-06-30", "sp-r")));
        assertEquals(Outcome.PASS, v.outcome());
        assertArea(10_000, v.figures().get("homestead"));
        assertEquals(1, v.figures().get("demolitions"));
    }

    @Test
    void demolitionBeforeTheResettlementFinishesIsAViolation() {
        Verdict v = rule.evaluate(Plans.overlay(plan("2025-06-01", "sp-r")));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertEquals(List.of("d1"), v.features());
        assertEquals("未做到先安置再拆旧：d1：拆旧开工早于安置完成（安置 sp-r 完成 2025-06-30，拆旧开工 2025-06-01）", v.message());
        assertEquals("not resettled first: d1: demolition starts before the resettlement finishes "
                + "(resettlement sp-r finishes 2025-06-30, demolition starts 2025-06-01)", v.messageEn());
    }

    @Test
    void missingOrUnknownResettlementIsAViolation() {
        Verdict none = rule.evaluate(Plans.overlay(Village.builder().parcel("d1", square(0, 0, 100),
                props("type", "construction", "kind", "demolition", "toDLBM", "0103", "start", "2025-06-01"))));
        assertEquals(Outcome.VIOLATION, none.outcome());
        assertEquals("未做到先安置再拆旧：d1：拆除宅基地但未填写安置子项目 resettles", none.message());
        Verdict unknown = rule.evaluate(Plans.overlay(plan("2025-07-01", "sp-x")));
        assertEquals(Outcome.VIOLATION, unknown.outcome());
        assertEquals("not resettled first: d1: the resettlement sub-project does not exist "
                + "(resettlement sp-x finishes —, demolition starts 2025-07-01)", unknown.messageEn());
    }

    @Test
    void notApplicableWhenNoHomesteadIsDemolished() {
        Verdict v = rule.evaluate(Plans.overlay(Village.builder().parcel("d2", square(100, 200, 100),
                props("type", "construction", "kind", "demolition", "toDLBM", "0103"))));
        assertEquals(Outcome.NOT_APPLICABLE, v.outcome());
    }
}
