package org.landcon.examples.region.gansu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.landcon.api.model.ApprovalStep;
import org.junit.jupiter.api.Test;

class GansuPolicyTest {

    @Test
    void theIllustrativeDefaultsDifferFromNingxias() {
        GansuPolicy p = new GansuPolicy();
        assertEquals("620000", p.regionCode());
        assertEquals("甘肃省", p.nameZh());
        assertEquals(0.03, p.pbfAdjustmentCap(), 1e-12);
        assertEquals(0.8, p.consentThreshold(), 1e-12);
        assertEquals(0.0, p.udbTolerance(), 1e-12);
    }

    @Test
    void theChainGrowsWithQuotaLeavingTheCountyAndWithPbfAdjusted() {
        assertEquals(List.of("county", "region-nr"), levels(new GansuPolicy().approvalChain(false, false)));
        assertEquals(List.of("county", "region-nr", "region-gov", "ministry-filing"),
                levels(new GansuPolicy().approvalChain(true, true)));
        assertEquals(true, new GansuPolicy().approvalChain(false, true).get(2).filing());
    }

    @Test
    void aShareOutsideZeroToOneIsRefusedNamingThePid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GansuPolicy(0.03, 0, 1.2));
        assertEquals("org.landcon.examples.region.gansu: consentThreshold must be within 0–1, got 1.2", e.getMessage());
    }

    private static List<String> levels(List<ApprovalStep> steps) {
        return steps.stream().map(ApprovalStep::level).toList();
    }
}
