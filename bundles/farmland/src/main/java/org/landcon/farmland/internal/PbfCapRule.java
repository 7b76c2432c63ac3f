package org.landcon.farmland.internal;

import java.util.Optional;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.region.RegionalPolicy;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * PBF-CAP (条十一): Σ 调出 / the township's designated PBF area ≤ the region's cap.
 * <ul>
 * <li>调出 = Σ official area of the {@code pbf-out} parcels ({@link PbfSide});</li>
 * <li>designated = {@link PlanView#pbfDesignatedArea()};</li>
 * <li>the cap comes from the region's {@link RegionalPolicy}; with none deployed the verdict is a
 * warning that says so, with the figures, since the rule cannot judge;</li>
 * <li>no 调出 → not applicable; designated area 0 with 调出 → violation.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=PBF-CAP")
public final class PbfCapRule extends CatalogueRule {

    public PbfCapRule() {
        super("PBF-CAP", "永久基本农田调整规模不超过所涉乡镇划定面积的上限",
                "PBF adjustment within the cap of the township's designated PBF area", "十一");
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        PbfSide out = PbfSide.out(plan);
        if (out.isEmpty()) {
            return verdict(Outcome.NOT_APPLICABLE, "方案未调出永久基本农田", "the plan takes no PBF out").build();
        }
        double area = out.area();
        double designated = plan.pbfDesignatedArea();
        if (designated <= 0) {
            return verdict(Outcome.VIOLATION, "乡镇永久基本农田划定面积为 0，却调出 " + AreaUnits.zh(area),
                    "the township's designated PBF area is 0, yet " + AreaUnits.en(area) + " is taken out")
                    .figure("outArea", area).figure("designatedArea", designated)
                    .features(FarmlandParcels.ids(out.parcels())).build();
        }
        double ratio = area / designated;
        Optional<RegionalPolicy> policy = plan.policy();
        if (policy.isEmpty()) {
            String region = plan.unit().region();
            return verdict(Outcome.WARNING,
                    "未部署本区域政策参数（区域 " + region + "），调整比例 " + AreaUnits.percent(ratio) + " 无法判定",
                    "no regional policy deployed for region " + region + ": adjustment ratio "
                            + AreaUnits.percent(ratio) + " cannot be judged")
                    .figure("outArea", area).figure("designatedArea", designated).figure("ratio", ratio).build();
        }
        double cap = policy.get().pbfAdjustmentCap();
        boolean over = ratio > cap + 1e-12;
        String what = "调出 " + AreaUnits.zh(area) + "，占划定面积 " + AreaUnits.zh(designated) + "的 "
                + AreaUnits.percent(ratio) + "，上限 " + AreaUnits.percent(cap);
        String whatEn = AreaUnits.en(area) + " out of " + AreaUnits.en(designated) + " designated is "
                + AreaUnits.percent(ratio) + ", cap " + AreaUnits.percent(cap);
        Verdict.Builder v = over ? verdict(Outcome.VIOLATION, "永久基本农田调整规模超限：" + what, "PBF adjustment over the cap: " + whatEn)
                .features(FarmlandParcels.ids(out.parcels()))
                : verdict(Outcome.PASS, "永久基本农田调整规模未超限：" + what, "PBF adjustment within the cap: " + whatEn);
        return v.figure("outArea", area).figure("designatedArea", designated).figure("ratio", ratio).figure("cap", cap)
                .build();
    }
}
