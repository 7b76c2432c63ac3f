package org.landcon.region.ningxia.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.List;

import org.landcon.api.model.ApprovalStep;
import org.junit.jupiter.api.Test;

class NingxiaPolicyTest {

    private static List<String> levels(List<ApprovalStep> steps) {
        return steps.stream().map(ApprovalStep::level).toList();
    }

    @Test
    void defaultsAreThoseOfTheDraft() {
        NingxiaPolicy p = new NingxiaPolicy();
        assertEquals("640000", p.regionCode());
        assertEquals("宁夏回族自治区", p.nameZh());
        assertEquals(0.05, p.pbfAdjustmentCap());
        assertEquals(0.0, p.udbTolerance());
        assertEquals(0.6667, p.consentThreshold());
    }

    @Test
    void configurationDefaultsMatchAndOverridesApply() throws Exception {
        NingxiaPolicyConfig defaults = config(0.05, 0.0, 0.6667);
        assertEquals(0.05, (double) NingxiaPolicyConfig.class.getMethod("pbfAdjustmentCap").getDefaultValue());
        assertEquals(0.0, (double) NingxiaPolicyConfig.class.getMethod("udbTolerance").getDefaultValue());
        assertEquals(0.6667, (double) NingxiaPolicyConfig.class.getMethod("consentThreshold").getDefaultValue());
        assertEquals(0.05, new NingxiaPolicy(defaults).pbfAdjustmentCap());
        NingxiaPolicy stricter = new NingxiaPolicy(config(0.03, 0.01, 0.8));
        assertEquals(0.03, stricter.pbfAdjustmentCap());
        assertEquals(0.01, stricter.udbTolerance());
        assertEquals(0.8, stricter.consentThreshold());
    }

    @Test
    void aShareOutsideZeroToOneIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NingxiaPolicy(5, 0, 0.6667));
        assertEquals("org.landcon.region.ningxia: pbfAdjustmentCap must be within 0–1, got 5.0", e.getMessage());
    }

    @Test
    void plainPlanGoesFromCountyToTheRegionalDepartment() {
        List<ApprovalStep> chain = new NingxiaPolicy().approvalChain(false, false);
        assertEquals(List.of("county", "region-nr"), levels(chain));
        assertEquals("县级人民政府", chain.get(0).nameZh());
        assertEquals("自治区自然资源厅", chain.get(1).nameZh());
        assertFalse(chain.get(1).filing());
    }

    @Test
    void quotaLeavingTheCountyAddsTheRegionalGovernment() {
        List<ApprovalStep> chain = new NingxiaPolicy().approvalChain(true, false);
        assertEquals(List.of("county", "region-nr", "region-gov"), levels(chain));
        assertEquals("自治区人民政府", chain.get(2).nameZh());
    }

    @Test
    void pbfAdjustmentAddsTheMinistryFilingLast() {
        List<ApprovalStep> chain = new NingxiaPolicy().approvalChain(true, true);
        assertEquals(List.of("county", "region-nr", "region-gov", "ministry-filing"), levels(chain));
        ApprovalStep filing = chain.get(3);
        assertEquals("自然资源部备案", filing.nameZh());
        assertTrue(filing.filing());
        assertEquals(List.of("county", "region-nr", "ministry-filing"), levels(new NingxiaPolicy().approvalChain(false, true)));
    }

    private static NingxiaPolicyConfig config(double cap, double udb, double consent) {
        return new NingxiaPolicyConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return NingxiaPolicyConfig.class;
            }

            @Override
            public double pbfAdjustmentCap() {
                return cap;
            }

            @Override
            public double udbTolerance() {
                return udb;
            }

            @Override
            public double consentThreshold() {
                return consent;
            }
        };
    }
}
