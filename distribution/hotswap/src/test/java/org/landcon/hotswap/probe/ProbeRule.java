package org.landcon.hotswap.probe;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The rule of the probe bundle that the hot swap test builds in two versions ({@code ProbeBundles}):
 * an {@code info} verdict on every plan whose message and figure name the version of the bundle
 * that registered it, so a plan's verdicts show which version checked it.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + ProbeRule.ID)
public final class ProbeRule implements PlanRule {
    public static final String ID = "HOTSWAP-PROBE";
    private final String version;

    @Activate
    public ProbeRule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "热替换探针 " + version;
    }

    @Override
    public String titleEn() {
        return "hot swap probe " + version;
    }

    @Override
    public String article() {
        return "-";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        return Verdict.of(ID, Outcome.INFO).message("探针规则版本 " + version, "probe rule version " + version)
                .figure("bundleVersion", version).build();
    }
}
