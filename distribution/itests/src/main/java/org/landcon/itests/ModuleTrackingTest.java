package org.landcon.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Verdict;
import org.landcon.api.service.ModuleRegistry;
import org.landcon.api.service.PlanAssembler;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/**
 * The assembly follows content bundles as they come and go: a module registered by another bundle
 * is seen, stopping that bundle drops its module and rules and leaves its parcels unhandled, and
 * starting it brings them back.
 */
class ModuleTrackingTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    PlanAssembler assembler;

    @InjectService
    ModuleRegistry registry;

    @Test
    void stoppingEcologyDropsItsRulesAndLeavesItsParcelsUnhandled() throws Exception {
        Bundle ecology = bundle("org.landcon.ecology");
        AssembledPlan with = assembler.assemble(Plans.township());
        assertTrue(types(with).contains("ecology"), "ecology module used: " + with.modules());
        assertTrue(ruleIds(with).contains("ECO-DEFOREST"));
        assertFalse(unhandledIds(with).contains("E1"));
        assertEquals("org.landcon.ecology", with.modules().stream().filter(m -> m.type().equals("ecology")).findFirst().orElseThrow().bundle());

        ecology.stop();
        try {
            assertFalse(registry.modules().stream().anyMatch(m -> m.type().equals("ecology")));
            AssembledPlan without = assembler.assemble(Plans.township());
            assertFalse(types(without).contains("ecology"));
            assertTrue(ruleIds(without).stream().noneMatch(id -> id.startsWith("ECO-") && !id.equals("ECO-TREES")),
                    "ecology's rules are gone (ECO-TREES belongs to landscape): " + ruleIds(without));
            assertTrue(unhandledIds(without).contains("E1"), "E1 unhandled: " + unhandledIds(without));
            assertTrue(without.verdicts().size() < with.verdicts().size());
        } finally {
            ecology.start();
        }
        AssembledPlan again = assembler.assemble(Plans.township());
        assertTrue(types(again).contains("ecology"));
        assertEquals(ruleIds(with), ruleIds(again));
        assertFalse(unhandledIds(again).contains("E1"));
    }

    @Test
    void everyRegisteredRuleHasExactlyOneVerdict() throws Exception {
        AssembledPlan plan = assembler.assemble(Plans.township());
        List<String> verdictRules = plan.verdicts().stream().map(Verdict::rule).sorted().toList();
        List<String> registered = registry.rules().stream().map(r -> r.id()).sorted().toList();
        assertEquals(registered, verdictRules);
        assertTrue(registered.size() >= 30, "all catalogue rules of the deployed bundles: " + registered);
    }

    private Bundle bundle(String bsn) {
        return Arrays.stream(context.getBundles()).filter(b -> bsn.equals(b.getSymbolicName())).findFirst().orElseThrow();
    }

    static List<String> types(AssembledPlan p) {
        return p.modules().stream().map(m -> m.type()).toList();
    }

    static List<String> ruleIds(AssembledPlan p) {
        return p.verdicts().stream().map(Verdict::rule).sorted().toList();
    }

    static List<String> unhandledIds(AssembledPlan p) {
        return p.unhandled().stream().map(ChangeParcel::id).toList();
    }
}
