package org.landcon.assembly.internal.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.landcon.spatial.overlay.Conflict;
import org.landcon.spatial.overlay.ConflictFinder;
import org.landcon.spatial.plan.OverlaidPlan;
import org.osgi.service.component.annotations.Component;

/**
 * PLAN-CONFLICT 子项目空间不冲突 (条七): no two change parcels overlap by more than 0.01 m². The
 * overlapped area is counted for neither parcel's target (see the overlay) until resolved.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=PLAN-CONFLICT")
public class PlanConflictRule implements PlanRule {

    @Override
    public String id() {
        return "PLAN-CONFLICT";
    }

    @Override
    public String title() {
        return "子项目空间不冲突";
    }

    @Override
    public String titleEn() {
        return "Sub-projects do not overlap";
    }

    @Override
    public String article() {
        return "七";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        List<Conflict> conflicts = plan instanceof OverlaidPlan o ? o.conflicts()
                : ConflictFinder.find(plan.changeParcels(), ConflictFinder.TOLERANCE);
        if (plan.changeParcels().size() < 2) {
            return Verdict.of(id(), Outcome.NOT_APPLICABLE).message("变化地块少于两个", "fewer than two change parcels").build();
        }
        if (conflicts.isEmpty()) {
            return Verdict.of(id(), Outcome.PASS).message("变化地块互不重叠", "no change parcels overlap")
                    .figure("overlapArea", 0.0).figure("pairs", 0).build();
        }
        Set<String> ids = new LinkedHashSet<>();
        StringBuilder pairs = new StringBuilder();
        double area = 0;
        for (Conflict c : conflicts) {
            ids.add(c.first());
            ids.add(c.second());
            area += c.area();
            if (pairs.length() < 200) {
                pairs.append(pairs.length() == 0 ? "" : "; ").append(c.first()).append(" × ").append(c.second());
            }
        }
        return Verdict.of(id(), Outcome.VIOLATION)
                .message(conflicts.size() + " 对变化地块相互重叠（" + pairs + "），重叠面积 " + Format.m2(area) + "，重叠部分暂不计入任何地块",
                        conflicts.size() + " pair(s) of change parcels overlap (" + pairs + "), overlap " + Format.m2(area)
                                + ", counted for neither parcel")
                .figure("overlapArea", area).figure("pairs", conflicts.size()).features(ids).build();
    }
}
