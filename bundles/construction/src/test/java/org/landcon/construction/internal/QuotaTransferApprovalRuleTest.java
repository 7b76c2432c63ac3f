package org.landcon.construction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.construction.internal.ConstructionModuleTest.assertArea;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.square;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.spatial.plan.OverlaidPlan;
import org.landcon.testing.Plans;

class QuotaTransferApprovalRuleTest {
    private final QuotaTransferApprovalRule rule = new QuotaTransferApprovalRule();

    private static OverlaidPlan transfer(String to, String approval) {
        return Plans.overlay(Village.builder().parcel("d1", square(0, 0, 100), props("type", "construction",
                "kind", "demolition", "toDLBM", "0103", "transferTo", to, "transferApproval", approval)));
    }

    @Test
    void approvedTransferToAnotherCountyOfTheRegionPasses() {
        Verdict v = rule.evaluate(transfer("640181", "宁政函〔2025〕12号"));
        assertEquals(Outcome.PASS, v.outcome());
        assertEquals(1, v.figures().get("transfers"));
        assertArea(10_000, v.figures().get("area"));
    }

    @Test
    void unapprovedTransferOutOfTheCountyIsAViolation() {
        Verdict v = rule.evaluate(transfer("640181", null));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertEquals(List.of("d1"), v.features());
        assertEquals("d1 流向 640181（跨县域（自治区内））：缺少自治区人民政府批准文号 transferApproval", v.message());
        assertEquals("d1 to 640181 (to another county of the region): no approval of the regional government "
                + "(transferApproval)", v.messageEn());
    }

    @Test
    void transferOutsideTheRegionIsAViolationEvenWithApproval() {
        Verdict v = rule.evaluate(transfer("610102", "陕政函〔2025〕1号"));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertEquals("d1 流向 610102（跨省域）：节余指标只可在全区范围内调剂", v.message());
    }

    @Test
    void notApplicableWithinTheCounty() {
        assertEquals(Outcome.NOT_APPLICABLE, rule.evaluate(transfer("640122", null)).outcome());
    }
}
