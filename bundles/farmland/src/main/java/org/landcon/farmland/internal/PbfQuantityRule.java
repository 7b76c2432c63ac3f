package org.landcon.farmland.internal;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * PBF-QTY (条十、十一): Σ 调入 ≥ Σ 调出, both as official areas of the parcels' pieces
 * ({@link PbfSide}); a shortfall of more than 0.01 m² is a violation naming the 调出 parcels. No
 * 调出 and no 调入 → not applicable.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=PBF-QTY")
public final class PbfQuantityRule extends CatalogueRule {
    private static final double TOLERANCE = 0.01;

    public PbfQuantityRule() {
        super("PBF-QTY", "永久基本农田补划数量不少于调出数量", "PBF supplemented at least as much as taken out",
                "十、十一");
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        PbfSide out = PbfSide.out(plan);
        PbfSide in = PbfSide.in(plan);
        if (out.isEmpty() && in.isEmpty()) {
            return verdict(Outcome.NOT_APPLICABLE, "方案未调整永久基本农田", "the plan does not adjust PBF").build();
        }
        double outArea = out.area();
        double inArea = in.area();
        String what = "调入 " + AreaUnits.zh(inArea) + "，调出 " + AreaUnits.zh(outArea);
        String whatEn = AreaUnits.en(inArea) + " in, " + AreaUnits.en(outArea) + " out";
        Verdict.Builder v = inArea + TOLERANCE < outArea
                ? verdict(Outcome.VIOLATION, "永久基本农田补划少于调出：" + what, "less PBF supplemented than taken out: " + whatEn)
                        .features(FarmlandParcels.ids(out.parcels()))
                : verdict(Outcome.PASS, "永久基本农田补划不少于调出：" + what, "PBF supplemented at least as taken out: " + whatEn);
        return v.figure("outArea", outArea).figure("inArea", inArea).figure("difference", inArea - outArea).build();
    }
}
