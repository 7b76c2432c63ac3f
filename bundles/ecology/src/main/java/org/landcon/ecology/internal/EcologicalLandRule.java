package org.landcon.ecology.internal;

import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * ECO-IMPROVE 生态有改善 (条十): 生态用地 ({@link LandClasses#isEcological}) after ≥ before over the
 * unit, from the land balance (official areas). Less is a warning naming the parcels, of any type,
 * that take ecological land away.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + EcologicalLandRule.ID)
public final class EcologicalLandRule implements PlanRule {
    static final String ID = "ECO-IMPROVE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "生态有改善";
    }

    @Override
    public String titleEn() {
        return "Ecology improves";
    }

    @Override
    public String article() {
        return "十";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        double before = plan.balance().before(LandClasses::isEcological);
        double after = plan.balance().after(LandClasses::isEcological);
        double change = after - before;
        String text = "生态用地 " + Areas.m2(before) + " → " + Areas.m2(after);
        String textEn = "ecological land " + Areas.m2(before) + " → " + Areas.m2(after);
        Verdict.Builder v = Verdict.of(ID, change < -Areas.TOLERANCE ? Outcome.WARNING : Outcome.PASS)
                .figure("before", before).figure("after", after).figure("change", change);
        if (change < -Areas.TOLERANCE) {
            return v.features(losing(plan)).message(text + "，减少 " + Areas.m2(-change),
                    textEn + ", down by " + Areas.m2(-change)).build();
        }
        return v.message(text, textEn).build();
    }

    private static List<String> losing(PlanView plan) {
        return plan.changeParcels().stream().map(ChangeParcel::id)
                .filter(id -> plan.pieces(id).stream().mapToDouble(RestorationLedger::gain).sum() < -Areas.TOLERANCE)
                .toList();
    }
}
