package org.landcon.assembly.internal.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * FUND-BALANCE 资金平衡，防止新的隐性债务 (条十八): per sub-project, Σ funding sources ≥ investment
 * (万元). Investment and funding are sub-project figures: the first parcel of a sub-project that
 * carries them stands for it. The share of debt-financed funding ({@code bond}, {@code loan}) is
 * reported. A sub-project short of funding is a violation naming it.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=FUND-BALANCE")
public class FundBalanceRule implements PlanRule {

    @Override
    public String id() {
        return "FUND-BALANCE";
    }

    @Override
    public String title() {
        return "资金平衡，防止新的隐性债务";
    }

    @Override
    public String titleEn() {
        return "Funding balances investment, no new hidden debt";
    }

    @Override
    public String article() {
        return "十八";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        Map<String, ChangeParcel> bySubproject = new LinkedHashMap<>();
        for (ChangeParcel p : plan.changeParcels()) {
            if (p.number("investment") != null) {
                bySubproject.putIfAbsent(p.subproject(), p);
            }
        }
        if (bySubproject.isEmpty()) {
            return Verdict.of(id(), Outcome.NOT_APPLICABLE).message("方案未填报投资", "the plan states no investment").build();
        }
        double investment = 0;
        double funding = 0;
        double debt = 0;
        Verdict.Builder short_ = Verdict.of(id(), Outcome.VIOLATION);
        int shortCount = 0;
        for (ChangeParcel p : bySubproject.values()) {
            double inv = p.number("investment");
            Map<String, Double> sources = p.funding();
            double fund = sources.values().stream().mapToDouble(Double::doubleValue).sum();
            investment += inv;
            funding += fund;
            debt += sources.getOrDefault("bond", 0.0) + sources.getOrDefault("loan", 0.0);
            if (fund + 1e-6 < inv) {
                shortCount++;
                short_.feature(p.subproject());
            }
        }
        double debtShare = funding > 0 ? debt / funding : 0;
        Verdict.Builder b = shortCount == 0 ? Verdict.of(id(), Outcome.PASS) : short_;
        b.figure("investment", investment).figure("funding", funding).figure("gap", Math.max(0, investment - funding))
                .figure("debtShare", debtShare).figure("subprojectsShort", shortCount);
        if (shortCount == 0) {
            return b.message("资金来源 " + Format.wan(funding) + " ≥ 投资 " + Format.wan(investment) + "，债务性资金占比 "
                    + pct(debtShare), "funding " + funding + " ≥ investment " + investment + " (万元), debt share " + pct(debtShare)).build();
        }
        return b.message(shortCount + " 个子项目资金来源不足以覆盖投资：投资 " + Format.wan(investment) + "，资金 " + Format.wan(funding),
                shortCount + " sub-project(s) are not fully funded: investment " + investment + ", funding " + funding + " (万元)")
                .build();
    }

    private static String pct(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }
}
