package org.landcon.ecology.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * ECO-REDLINE-OCCUPY 严禁以整治名义占用生态保护红线 (条十三): no change parcel of any type whose
 * {@code toDLBM} is 建设用地 or 耕地 lies inside the red line.
 * <ul>
 * <li>occupation is the planar m² of the parcel inside STBHHX over 地类图斑 that are not already of
 * the target's group: keeping 耕地 as 耕地 (提质改造) or rebuilding on 建设用地 occupies nothing new;</li>
 * <li>features: the occupying parcels; figure {@code area} = Σ occupation (planar m²);</li>
 * <li>not applicable when the package has no STBHHX layer.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + RedLineOccupationRule.ID)
public final class RedLineOccupationRule implements PlanRule {
    static final String ID = "ECO-REDLINE-OCCUPY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "严禁以整治名义占用生态保护红线";
    }

    @Override
    public String titleEn() {
        return "No occupation of the ecological protection red line";
    }

    @Override
    public String article() {
        return "十三";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        if (!RedLine.present(plan)) {
            return Verdict.of(ID, Outcome.NOT_APPLICABLE).message("方案无生态保护红线图层（STBHHX）",
                    "the plan has no ecological red line layer (STBHHX)").build();
        }
        Map<String, Double> occupied = new LinkedHashMap<>();
        for (ChangeParcel p : plan.changeParcels()) {
            Predicate<String> group = targetGroup(p.toDLBM());
            if (group == null) {
                continue;
            }
            double area = plan.landParcelsIntersecting(p.geometry()).stream().filter(l -> !group.test(l.DLBM()))
                    .mapToDouble(l -> RedLine.inside(plan, p, l)).sum();
            if (area > Areas.TOLERANCE) {
                occupied.put(p.id(), area);
            }
        }
        double total = occupied.values().stream().mapToDouble(Double::doubleValue).sum();
        Verdict.Builder v = Verdict.of(ID, occupied.isEmpty() ? Outcome.PASS : Outcome.VIOLATION)
                .figure("area", total).figure("parcels", occupied.size()).features(occupied.keySet());
        if (occupied.isEmpty()) {
            return v.message("无地块在生态保护红线内新增建设用地或耕地", "no parcel adds construction land or farmland inside the red line")
                    .build();
        }
        return v.message("在生态保护红线内新增建设用地或耕地 " + Areas.m2(total) + "：" + list(occupied),
                "construction land or farmland added inside the red line, " + Areas.m2(total) + ": " + list(occupied))
                .build();
    }

    /** The group a target class belongs to, or null when it is neither 建设用地 nor 耕地. */
    private static Predicate<String> targetGroup(String toDLBM) {
        if (toDLBM == null) {
            return null;
        }
        if (LandClasses.isConstruction(toDLBM)) {
            return LandClasses::isConstruction;
        }
        return LandClasses.isCultivated(toDLBM) ? LandClasses::isCultivated : null;
    }

    private static String list(Map<String, Double> areas) {
        return areas.entrySet().stream().map(e -> e.getKey() + " " + Areas.m2(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
