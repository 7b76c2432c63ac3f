package org.landcon.construction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.construction.internal.ConstructionModuleTest.assertArea;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.rect;
import static org.landcon.testing.Plans.square;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.spatial.plan.PlanPackageBuilder;
import org.landcon.testing.Plans;

class QuotaSurplusRuleTest {
    private final QuotaSurplusRule rule = new QuotaSurplusRule();

    private static PlanPackageBuilder demolishH1(Object transferTo) {
        return Village.builder().parcel("d1", square(0, 0, 100), props("type", "construction", "kind", "demolition",
                "toDLBM", "0103", "transferTo", transferTo, "transferApproval", "宁政函〔2025〕12号"));
    }

    @Test
    void surplusWithinTheCountyPasses() {
        Verdict v = rule.evaluate(Plans.overlay(demolishH1("640122").parcel("n1", rect(100, 0, 50, 100),
                props("type", "construction", "kind", "new-construction", "toDLBM", "0702"))));
        assertEquals(Outcome.PASS, v.outcome());
        assertArea(10_000, v.figures().get("demolished"));
        assertArea(10_000, v.figures().get("reclaimed"));
        assertArea(5_000, v.figures().get("built"));
        assertArea(5_000, v.figures().get("surplus"));
        assertArea(0, v.figures().get("transferredOut"));
    }

    @Test
    void buildingMoreThanReclaimedIsAViolation() {
        Verdict v = rule.evaluate(Plans.overlay(demolishH1(null)
                .parcel("n1", square(100, 0, 100), props("type", "construction", "kind", "new-construction",
                        "toDLBM", "0702"))
                .parcel("n2", square(0, 200, 50), props("type", "construction", "kind", "new-construction",
                        "toDLBM", "08H2"))
                .parcel("r1", square(200, 0, 50), props("type", "construction", "kind", "resettlement",
                        "toDLBM", "0702"))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertArea(12_500, v.figures().get("built"));
        assertArea(-2_500, v.figures().get("surplus"));
        assertEquals(List.of("n1", "r1"), v.features());
        assertEquals("建新超过复垦，节余为负：拆旧 10000.00 m²，复垦 10000.00 m²，建新 12500.00 m²，节余 -2500.00 m²，"
                + "流出县域 0.00 m²", v.message());
    }

    @Test
    void transferringQuotaTheCountyNeedsIsAViolation() {
        Verdict v = rule.evaluate(Plans.overlay(demolishH1("640181").parcel("n1", rect(100, 0, 50, 100),
                props("type", "construction", "kind", "new-construction", "toDLBM", "0702"))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertArea(10_000, v.figures().get("transferredOut"));
        assertEquals(List.of("d1"), v.features());
    }

    @Test
    void notApplicableWithoutDemolitionOrNewLand() {
        Verdict v = rule.evaluate(Plans.overlay(Village.builder().parcel("n2", square(0, 200, 50),
                props("type", "construction", "kind", "new-construction", "toDLBM", "08H2"))));
        assertEquals(Outcome.NOT_APPLICABLE, v.outcome());
    }
}
