package org.landcon.construction.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * CONS-RESETTLE-FIRST 拆除群众住房的要先安置再拆旧 (条十六): every demolition parcel that removes 0702
 * 农村宅基地 starts on or after the finish of the resettlement sub-project it names
 * ({@link ResettlementOrder}). Not applicable when no demolition removes a homestead.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + ResettleFirstRule.ID)
public final class ResettleFirstRule implements PlanRule {
    static final String ID = "CONS-RESETTLE-FIRST";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "拆除群众住房的要先安置再拆旧";
    }

    @Override
    public String titleEn() {
        return "Resettle before demolishing homes";
    }

    @Override
    public String article() {
        return "十六";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        List<ResettlementOrder> orders = plan.changeParcels(ConstructionModule.TYPE).stream()
                .filter(p -> ConstructionKinds.DEMOLITION.equals(p.kind()))
                .map(p -> ResettlementOrder.of(plan, p)).filter(ResettlementOrder::applies).toList();
        if (orders.isEmpty()) {
            return Verdict.of(ID, Outcome.NOT_APPLICABLE).message("方案不拆除农村宅基地（0702）",
                    "the plan demolishes no rural homestead (0702)").build();
        }
        List<ResettlementOrder> wrong = orders.stream().filter(o -> !o.inOrder()).toList();
        double homestead = orders.stream().mapToDouble(ResettlementOrder::homestead).sum();
        Verdict.Builder v = Verdict.of(ID, wrong.isEmpty() ? Outcome.PASS : Outcome.VIOLATION)
                .figure("homestead", homestead).figure("demolitions", orders.size())
                .figure("outOfOrder", wrong.size());
        if (wrong.isEmpty()) {
            return v.message(orders.size() + " 个拆除宅基地的地块均先安置再拆旧",
                    "all " + orders.size() + " demolitions of homesteads follow their resettlement").build();
        }
        return v.message("未做到先安置再拆旧：" + wrong.stream().map(o -> o.demolition().id() + "：" + o.status().zh
                + datesZh(o)).collect(Collectors.joining("；")),
                "not resettled first: " + wrong.stream().map(o -> o.demolition().id() + ": " + o.status().en
                        + datesEn(o)).collect(Collectors.joining("; ")))
                .features(wrong.stream().map(o -> o.demolition().id()).toList()).build();
    }

    private static String datesZh(ResettlementOrder o) {
        return o.resettles() == null ? "" : "（安置 " + o.resettles() + " 完成 " + text(o.resettledBy()) + "，拆旧开工 "
                + text(o.demolition().start()) + "）";
    }

    private static String datesEn(ResettlementOrder o) {
        return o.resettles() == null ? "" : " (resettlement " + o.resettles() + " finishes " + text(o.resettledBy())
                + ", demolition starts " + text(o.demolition().start()) + ")";
    }

    private static String text(LocalDate date) {
        return date == null ? "—" : date.toString();
    }
}
