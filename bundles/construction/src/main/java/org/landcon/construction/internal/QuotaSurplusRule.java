package org.landcon.construction.internal;

import java.util.List;
import java.util.Map;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * CONS-QUOTA 增减挂钩节余指标 (条十四): 节余 = 复垦 − 建新 ≥ 0 ({@link QuotaAccount}), and quota leaving
 * the county does not exceed the 节余, i.e. the unit's own 建新 (村民住宅, 农村发展 …) is served
 * before any transfer. A transfer carries the 复垦 area of its demolition parcel. Not applicable
 * when the plan has neither demolition nor 建新 on non-建设用地.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + QuotaSurplusRule.ID)
public final class QuotaSurplusRule implements PlanRule {
    static final String ID = "CONS-QUOTA";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "增减挂钩节余指标不为负，优先满足县域内需求";
    }

    @Override
    public String titleEn() {
        return "Linking quota surplus not negative, county needs first";
    }

    @Override
    public String article() {
        return "十四";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        QuotaAccount a = QuotaAccount.of(plan);
        if (a.demolitions().isEmpty() && a.built() <= Areas.TOLERANCE) {
            return Verdict.of(ID, Outcome.NOT_APPLICABLE).message("方案无拆旧复垦，也不新增建设用地",
                    "the plan has no demolition and builds on no new land").build();
        }
        List<QuotaTransfer> out = QuotaTransfer.of(plan, a).stream().filter(QuotaTransfer::leavesCounty).toList();
        double transferred = out.stream().mapToDouble(QuotaTransfer::area).sum();
        boolean negative = a.surplus() < -Areas.TOLERANCE;
        boolean overTransferred = transferred > Math.max(a.surplus(), 0) + Areas.TOLERANCE;
        String account = "拆旧 " + Areas.m2(a.demolished()) + "，复垦 " + Areas.m2(a.reclaimed()) + "，建新 "
                + Areas.m2(a.built()) + "，节余 " + Areas.m2(a.surplus()) + "，流出县域 " + Areas.m2(transferred);
        String accountEn = "demolished " + Areas.m2(a.demolished()) + ", reclaimed " + Areas.m2(a.reclaimed())
                + ", built " + Areas.m2(a.built()) + ", surplus " + Areas.m2(a.surplus()) + ", leaving the county "
                + Areas.m2(transferred);
        Verdict.Builder v = Verdict.of(ID, negative || overTransferred ? Outcome.VIOLATION : Outcome.PASS)
                .figure("demolished", a.demolished()).figure("reclaimed", a.reclaimed()).figure("built", a.built())
                .figure("surplus", a.surplus()).figure("transferredOut", transferred);
        if (negative) {
            v.features(a.builtByParcel().entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList());
            return v.message("建新超过复垦，节余为负：" + account, "new construction exceeds reclamation: " + accountEn).build();
        }
        if (overTransferred) {
            v.features(out.stream().map(t -> t.parcel().id()).toList());
            return v.message("流出县域的指标超过节余，县域内需求未优先满足：" + account,
                    "quota leaving the county exceeds the surplus, county needs not served first: " + accountEn).build();
        }
        return v.message("节余指标不为负：" + account, "surplus is not negative: " + accountEn).build();
    }
}
