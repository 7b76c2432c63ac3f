package org.landcon.construction.internal;

import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * CONS-QTY 整治区域内建设用地面积不增加 (条十): Σ建设用地 after ≤ before over the whole unit, from the
 * plan's land balance (official areas), whatever content type moves the land. On a violation the
 * features are the change parcels of any type that turn non-建设用地 into 建设用地.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + ConstructionLandNotIncreasedRule.ID)
public final class ConstructionLandNotIncreasedRule implements PlanRule {
    static final String ID = "CONS-QTY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "整治区域内建设用地面积不增加";
    }

    @Override
    public String titleEn() {
        return "Construction land in the unit does not increase";
    }

    @Override
    public String article() {
        return "十";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        double before = plan.balance().before(LandClasses::isConstruction);
        double after = plan.balance().after(LandClasses::isConstruction);
        double change = after - before;
        String figures = "整治前 " + Areas.m2(before) + "，整治后 " + Areas.m2(after);
        String figuresEn = "before " + Areas.m2(before) + ", after " + Areas.m2(after);
        Verdict.Builder v;
        if (change > Areas.TOLERANCE) {
            v = Verdict.of(ID, Outcome.VIOLATION)
                    .message("整治区域内建设用地增加 " + Areas.m2(change) + "（" + figures + "）",
                            "construction land in the unit grows by " + Areas.m2(change) + " (" + figuresEn + ")")
                    .features(newConstruction(plan));
        } else {
            v = Verdict.of(ID, Outcome.PASS).message("整治区域内建设用地不增加：" + figures,
                    "construction land in the unit does not grow: " + figuresEn);
        }
        return v.figure("before", before).figure("after", after).figure("change", change).build();
    }

    private static List<String> newConstruction(PlanView plan) {
        return plan.changeParcels().stream().map(ChangeParcel::id)
                .filter(id -> plan.pieces(id).stream().anyMatch(
                        x -> !LandClasses.isConstruction(x.fromDLBM()) && LandClasses.isConstruction(x.toDLBM())))
                .toList();
    }
}
