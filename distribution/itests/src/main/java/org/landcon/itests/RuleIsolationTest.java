package org.landcon.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.landcon.api.service.PlanAssembler;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;

/** A rule that throws gets an error verdict naming its bundle, and the plan still completes. */
class RuleIsolationTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    PlanAssembler assembler;

    @Test
    void aThrowingRuleBecomesAnErrorVerdictAndTheOthersComplete() throws Exception {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(PlanRule.RULE_ID, "TEST-THROWS");
        ServiceRegistration<PlanRule> reg = context.registerService(PlanRule.class, new ThrowingRule(), props);
        try {
            AssembledPlan plan = assembler.assemble(Plans.township());
            Verdict v = plan.verdict("TEST-THROWS");
            assertEquals(Outcome.ERROR, v.outcome());
            assertTrue(v.messageEn().contains("org.landcon.itests") && v.messageEn().contains("boom"), v.messageEn());
            assertEquals("org.landcon.itests", v.figures().get("bundle"));
            assertTrue(plan.verdicts().stream().filter(x -> !x.rule().equals("TEST-THROWS"))
                    .noneMatch(x -> x.outcome() == Outcome.ERROR), "other rules complete: " + plan.verdicts());
            assertTrue(plan.verdict("FARM-QTY") != null && plan.verdict("PLAN-CONFLICT") != null);
        } finally {
            reg.unregister();
        }
    }

    static final class ThrowingRule implements PlanRule {
        @Override
        public String id() {
            return "TEST-THROWS";
        }

        @Override
        public String title() {
            return "总是出错的测试规则";
        }

        @Override
        public String titleEn() {
            return "Test rule that always throws";
        }

        @Override
        public String article() {
            return "-";
        }

        @Override
        public Verdict evaluate(PlanView plan) {
            throw new IllegalStateException("boom");
        }
    }
}
