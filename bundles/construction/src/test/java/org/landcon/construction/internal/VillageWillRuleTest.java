package org.landcon.construction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.square;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.spatial.plan.PlanPackageBuilder;
import org.landcon.testing.Plans;

class VillageWillRuleTest {
    private final VillageWillRule rule = new VillageWillRule();
    private final Plans.TestPolicy ningxia = new Plans.TestPolicy(0, 0.9);

    private static PlanPackageBuilder relocation(Object consent) {
        return Village.builder()
                .parcel("d1", square(0, 0, 100), props("type", "construction", "kind", "demolition", "toDLBM", "0103",
                        "households", 12, "consentRatio", consent))
                .parcel("g1", square(200, 0, 50), props("type", "ecology", "kind", "geohazard", "households", 3,
                        "consentRatio", 1.0));
    }

    @Test
    void consentAtOrAboveTheThresholdPasses() {
        Verdict v = rule.evaluate(Plans.overlay(relocation(0.9), ningxia));
        assertEquals(Outcome.PASS, v.outcome());
        assertEquals(15.0, v.figures().get("households"));
        assertEquals(0.9, v.figures().get("threshold"));
        assertEquals(0.9, v.figures().get("minConsentRatio"));
    }

    @Test
    void consentBelowTheThresholdIsAViolation() {
        Verdict v = rule.evaluate(Plans.overlay(relocation(0.85), ningxia));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertEquals(List.of("d1"), v.features());
        assertEquals("同意比例低于 0.9000：d1 0.8500", v.message());
    }

    @Test
    void unrecordedConsentIsAViolationEvenWithoutPolicy() {
        Verdict v = rule.evaluate(Plans.overlay(relocation(null)));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertEquals(List.of("d1"), v.features());
        assertEquals("no consent ratio (consentRatio) recorded: d1", v.messageEn());
    }

    @Test
    void withoutRegionalPolicyRecordedConsentIsOnlyAWarning() {
        Verdict v = rule.evaluate(Plans.overlay(relocation(0.5)));
        assertEquals(Outcome.WARNING, v.outcome());
        assertEquals("未部署地区 640000 的地区政策（RegionalPolicy），无法核对村民同意比例阈值", v.message());
    }

    @Test
    void notApplicableWithoutHouseholds() {
        Verdict v = rule.evaluate(Plans.overlay(Village.builder().parcel("d1", square(0, 0, 100),
                props("type", "construction", "kind", "demolition", "toDLBM", "0103", "households", 0))));
        assertEquals(Outcome.NOT_APPLICABLE, v.outcome());
    }
}
