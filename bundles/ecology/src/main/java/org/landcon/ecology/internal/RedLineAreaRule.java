package org.landcon.ecology.internal;

import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * ECO-REDLINE-AREA 生态保护红线目标不降低 (条十): red-line area after ≥ before.
 * <ul>
 * <li>before: official m² (CGCS2000 ellipsoid, as TBMJ) of the union of the STBHHX polygons;</li>
 * <li>the plan changes the red line only where a parcel says so: its {@code redlineChange}, signed
 * m², is added (negative: the parcel takes that much out of the red line; positive: new
 * ecological space put into it, 条十三). Nothing is inferred from kinds or classes: a
 * {@code redline-exit} of 耕地 or 建设用地 turned into forest adds nothing unless it says so;</li>
 * <li>after = before + Σ redlineChange; a violation names the parcels with a negative change;</li>
 * <li>not applicable when the package has no STBHHX layer.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + RedLineAreaRule.ID)
public final class RedLineAreaRule implements PlanRule {
    static final String ID = "ECO-REDLINE-AREA";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "生态保护红线目标不降低";
    }

    @Override
    public String titleEn() {
        return "Ecological red line area does not decrease";
    }

    @Override
    public String article() {
        return "十";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        if (!RedLine.present(plan)) {
            return Verdict.of(ID, Outcome.NOT_APPLICABLE).message("方案无生态保护红线图层（STBHHX）",
                    "the plan has no ecological red line layer (STBHHX)").build();
        }
        double before = RedLine.area(plan);
        double change = plan.changeParcels().stream().map(p -> p.number("redlineChange")).filter(c -> c != null)
                .mapToDouble(Double::doubleValue).sum();
        double after = before + change;
        List<String> shrinking = plan.changeParcels().stream()
                .filter(p -> p.number("redlineChange") != null && p.number("redlineChange") < 0).map(ChangeParcel::id)
                .toList();
        boolean lower = change < -Areas.TOLERANCE;
        Verdict.Builder v = Verdict.of(ID, lower ? Outcome.VIOLATION : Outcome.PASS).figure("before", before)
                .figure("after", after).figure("change", change);
        String text = "生态保护红线面积 " + Areas.m2(before) + " → " + Areas.m2(after);
        String textEn = "red line area " + Areas.m2(before) + " → " + Areas.m2(after);
        if (lower) {
            return v.features(shrinking).message(text + "，减少 " + Areas.m2(-change) + "（" + String.join(", ", shrinking)
                    + "）", textEn + ", down by " + Areas.m2(-change) + " (" + String.join(", ", shrinking) + ")").build();
        }
        return v.message(text, textEn).build();
    }
}
