package org.landcon.examples.region.gansu.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.region.RegionalPolicy;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * GS-PBF-STRICT, an <b>illustrative</b> regional rule of the Gansu example: 永久基本农田 taken out
 * (调出) stays within the province's cap of the township's designated PBF area (3 % by default,
 * from {@link RegionalPolicy#pbfAdjustmentCap()}) <i>and</i> none of it lies on 地类图斑 of slope
 * class GDPDJB ≥ 4 (over 15°), where Gansu's terraced uplands make 调出 hard to undo.
 * Registered for region 620000 only ({@link PlanRule#RULE_REGIONS}), so plans of other regions
 * never see it. No 调出 → not applicable; the cap or the slope broken → violation naming the parcels.
 */
@Component(service = PlanRule.class, configurationPid = GansuPolicy.PID,
        property = { PlanRule.RULE_ID + "=" + StrictPbfRule.ID, PlanRule.RULE_REGIONS + "=" + GansuPolicy.CODE })
public final class StrictPbfRule implements PlanRule {
    static final String ID = "GS-PBF-STRICT";
    private final int steepClass;

    @Activate
    public StrictPbfRule(GansuPolicyConfig config) {
        this(config.steepSlopeClass());
    }

    public StrictPbfRule(int steepClass) {
        this.steepClass = steepClass;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "甘肃（示例）：永久基本农田调出不超过省定上限，且不在坡度 " + steepClass + " 级及以上的图斑";
    }

    @Override
    public String titleEn() {
        return "Gansu (example): PBF out within the provincial cap and not on slope class " + steepClass + " or steeper";
    }

    @Override
    public String article() {
        return "十一";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        PbfOut out = PbfOut.of(plan, steepClass);
        if (out.isEmpty()) {
            return Verdict.of(ID, Outcome.NOT_APPLICABLE).message("方案未调出永久基本农田", "the plan takes no PBF out").build();
        }
        double designated = plan.pbfDesignatedArea();
        double cap = plan.policy().map(RegionalPolicy::pbfAdjustmentCap).orElse(GansuPolicy.DEFAULT_PBF_CAP);
        double ratio = designated > 0 ? out.area() / designated : Double.POSITIVE_INFINITY;
        boolean overCap = ratio > cap + 1e-12;
        boolean steep = !out.steepParcels().isEmpty();
        String zh = String.format(Locale.ROOT, "调出 %.2f m²，占划定面积 %.2f m² 的 %s（上限 %s）；%d 级及以上坡度上调出 %.2f m²",
                out.area(), designated, percent(ratio), percent(cap), steepClass, out.steepArea());
        String en = String.format(Locale.ROOT, "%.2f m² out of %.2f m² designated is %s (cap %s); %.2f m² out on slope class %d or steeper",
                out.area(), designated, percent(ratio), percent(cap), out.steepArea(), steepClass);
        Verdict.Builder v = overCap || steep
                ? Verdict.of(ID, Outcome.VIOLATION).message("永久基本农田调出不符合甘肃要求：" + zh, "PBF out breaks the Gansu rule: " + en)
                        .features(offending(out, overCap))
                : Verdict.of(ID, Outcome.PASS).message("永久基本农田调出符合甘肃要求：" + zh, "PBF out meets the Gansu rule: " + en);
        return v.figure("outArea", out.area()).figure("designatedArea", designated).figure("ratio", ratio)
                .figure("cap", cap).figure("steepArea", out.steepArea()).figure("steepClass", steepClass).build();
    }

    private static Set<String> offending(PbfOut out, boolean overCap) {
        Set<String> ids = new LinkedHashSet<>(out.steepParcels());
        if (overCap) {
            out.parcels().forEach(p -> ids.add(p.id()));
        }
        return ids;
    }

    private static String percent(double share) {
        return Double.isInfinite(share) ? "∞" : String.format(Locale.ROOT, "%.2f%%", share * 100);
    }
}
