package org.landcon.landscape.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * LAND-HERITAGE 历史文化保护范围 保留风貌 (条二(四)): no parcel of any type that demolishes or builds
 * ({@link BuildingWorks}) lies inside a heritage protection zone (LSWHBH) unless marked as repair.
 * <ul>
 * <li>inside: more than 0.01 m² of the parcel, planar, inside the union of the zones;</li>
 * <li>features: the parcels, then the zones they enter; figure {@code area}: planar m² inside;</li>
 * <li>not applicable when the package has no LSWHBH layer.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + HeritageRule.ID)
public final class HeritageRule implements PlanRule {
    static final String ID = "LAND-HERITAGE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "历史文化保护范围内不得拆旧建新（修缮除外）";
    }

    @Override
    public String titleEn() {
        return "No demolition or new construction in heritage zones except repair";
    }

    @Override
    public String article() {
        return "二(四)";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        if (!plan.hasControl(ControlLayers.LSWHBH)) {
            return Verdict.of(ID, Outcome.NOT_APPLICABLE).message("方案无历史文化保护范围图层（LSWHBH）",
                    "the plan has no heritage protection zone layer (LSWHBH)").build();
        }
        Map<String, Double> inside = new LinkedHashMap<>();
        Set<String> zones = new LinkedHashSet<>();
        for (ChangeParcel p : plan.changeParcels()) {
            if (BuildingWorks.repair(p) || !BuildingWorks.demolishesOrBuilds(plan, p)) {
                continue;
            }
            double area = plan.areaInside(p.geometry(), ControlLayers.LSWHBH);
            if (area > Areas.TOLERANCE) {
                inside.put(p.id(), area);
                plan.controlIntersecting(ControlLayers.LSWHBH, p.geometry()).stream().map(ControlFeature::id)
                        .forEach(zones::add);
            }
        }
        double total = inside.values().stream().mapToDouble(Double::doubleValue).sum();
        Verdict.Builder v = Verdict.of(ID, inside.isEmpty() ? Outcome.PASS : Outcome.VIOLATION)
                .figure("area", total).figure("parcels", inside.size()).features(inside.keySet()).features(zones);
        if (inside.isEmpty()) {
            return v.message("历史文化保护范围内无拆旧建新（修缮除外）", "no demolition or new construction in heritage zones")
                    .build();
        }
        String list = inside.entrySet().stream().map(e -> e.getKey() + " " + Areas.m2(e.getValue()))
                .collect(Collectors.joining(", "));
        return v.message("历史文化保护范围 " + String.join(", ", zones) + " 内有拆旧建新 " + Areas.m2(total) + "：" + list,
                "demolition or new construction in heritage zone " + String.join(", ", zones) + ", " + Areas.m2(total)
                        + ": " + list).build();
    }
}
