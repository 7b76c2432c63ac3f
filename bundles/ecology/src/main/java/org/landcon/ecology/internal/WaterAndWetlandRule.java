package org.landcon.ecology.internal;

import java.util.Map;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * ECO-WATER 严禁挖山填湖，违法占用河湖湿地 (条十三): no overlay piece from a water or wetland class
 * ({@link LandClasses#isWaterOrWetland}: 1101–1104, 1107, 1110 and the wetlands) to 建设用地 or 耕地.
 * Figure {@code area}: official m² concerned; features: the parcels.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + WaterAndWetlandRule.ID)
public final class WaterAndWetlandRule implements PlanRule {
    static final String ID = "ECO-WATER";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "严禁挖山填湖，违法占用河湖湿地";
    }

    @Override
    public String titleEn() {
        return "No filling of lakes or occupation of rivers, lakes and wetlands";
    }

    @Override
    public String article() {
        return "十三";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        Map<String, Double> filled = ClassChanges.byParcel(plan, LandClasses::isWaterOrWetland,
                d -> LandClasses.isConstruction(d) || LandClasses.isCultivated(d));
        double area = ClassChanges.total(filled);
        Verdict.Builder v = Verdict.of(ID, filled.isEmpty() ? Outcome.PASS : Outcome.VIOLATION).figure("area", area)
                .features(filled.keySet());
        if (filled.isEmpty()) {
            return v.message("无水域或湿地改为建设用地或耕地", "no water or wetland becomes construction land or farmland").build();
        }
        return v.message("水域或湿地改为建设用地或耕地 " + Areas.m2(area) + "：" + String.join(", ", filled.keySet()),
                "water or wetland becomes construction land or farmland, " + Areas.m2(area) + ": "
                        + String.join(", ", filled.keySet())).build();
    }
}
