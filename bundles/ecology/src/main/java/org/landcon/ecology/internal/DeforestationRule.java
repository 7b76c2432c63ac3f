package org.landcon.ecology.internal;

import java.util.Map;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * ECO-DEFOREST 不得以整治名义擅自毁林开垦 (条十三): no overlay piece from 林地 (03*, K codes included,
 * as the accounting convention counts them with their parent) to 耕地. Figures: {@code area}, the
 * official m² concerned, and {@code ofWhichK}, the part on 可调整林地 (former 耕地), so that a
 * reviewer sees where recovery of K land is the reason.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + DeforestationRule.ID)
public final class DeforestationRule implements PlanRule {
    static final String ID = "ECO-DEFOREST";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "不得以整治名义擅自毁林开垦";
    }

    @Override
    public String titleEn() {
        return "No clearing of forest for farmland";
    }

    @Override
    public String article() {
        return "十三";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        Map<String, Double> cleared = ClassChanges.byParcel(plan, LandClasses::isForest, LandClasses::isCultivated);
        double area = ClassChanges.total(cleared);
        double k = ClassChanges.total(ClassChanges.byParcel(plan,
                d -> LandClasses.isForest(d) && d.endsWith("K"), LandClasses::isCultivated));
        Verdict.Builder v = Verdict.of(ID, cleared.isEmpty() ? Outcome.PASS : Outcome.VIOLATION)
                .figure("area", area).figure("ofWhichK", k).features(cleared.keySet());
        if (cleared.isEmpty()) {
            return v.message("无林地改为耕地", "no forest land becomes farmland").build();
        }
        return v.message("林地改为耕地 " + Areas.m2(area) + "（其中可调整林地 " + Areas.m2(k) + "）：" + String.join(", ", cleared.keySet()),
                "forest land becomes farmland, " + Areas.m2(area) + " (adjustable K land " + Areas.m2(k) + "): "
                        + String.join(", ", cleared.keySet())).build();
    }
}
