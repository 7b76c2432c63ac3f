package org.landcon.farmland.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * FARM-QUALITY 耕地质量有提升 (条十): the mean grade of the unit's 耕地 after vs before
 * ({@link CultivatedGrades}; 等别 1 best).
 * <ul>
 * <li>after &gt; before (worse) → violation; equal within 1e-6 等 → warning (no improvement);
 * after &lt; before → pass; no graded 耕地 before nor after → not applicable;</li>
 * <li>features on a violation: the change parcels whose own pieces, taken alone, would make the
 * mean worse, i.e. ΔΣgA − ḡ_before × ΔΣA &gt; 0;</li>
 * <li>figures: mean grades, graded 耕地 areas (m²) and 耕地 without grade after.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=FARM-QUALITY")
public final class FarmlandQualityRule extends CatalogueRule {
    private static final double TOLERANCE = 1e-6;

    public FarmlandQualityRule() {
        super("FARM-QUALITY", "耕地质量有提升", "cultivated land quality improves", "十");
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        CultivatedGrades grades = new CultivatedGrades(new PlanIndex(plan));
        GradeMean before = grades.before(plan);
        GradeMean after = grades.after(plan);
        if (!before.hasGrade() && !after.hasGrade()) {
            return verdict(Outcome.NOT_APPLICABLE, "整治单元内无标注质量等别的耕地",
                    "no graded cultivated land in the unit").build();
        }
        double b = before.mean();
        double a = after.mean();
        String what = "平均等别整治前 " + AreaUnits.grade(b) + "，整治后 " + AreaUnits.grade(a);
        String whatEn = "mean grade " + AreaUnits.grade(b) + " before, " + AreaUnits.grade(a) + " after";
        Verdict.Builder v;
        if (Double.isNaN(a) || Double.isNaN(b) || a > b + TOLERANCE) {
            v = verdict(Outcome.VIOLATION, "耕地质量下降：" + what, "cultivated land quality declines: " + whatEn)
                    .features(worsening(plan, grades, b));
        } else if (a >= b - TOLERANCE) {
            v = verdict(Outcome.WARNING, "耕地质量未提升：" + what, "cultivated land quality does not improve: " + whatEn);
        } else {
            v = verdict(Outcome.PASS, "耕地质量有提升：" + what, "cultivated land quality improves: " + whatEn);
        }
        return v.figure("meanGradeBefore", b).figure("meanGradeAfter", a)
                .figure("gradedAreaBefore", before.gradedArea()).figure("gradedAreaAfter", after.gradedArea())
                .figure("ungradedAreaAfter", after.ungradedArea()).build();
    }

    private static List<String> worsening(PlanView plan, CultivatedGrades grades, double meanBefore) {
        Map<String, GradeMean> effect = new LinkedHashMap<>();
        for (OverlayPiece piece : plan.pieces()) {
            grades.apply(effect.computeIfAbsent(piece.parcel(), k -> new GradeMean()), piece);
        }
        return effect.entrySet().stream()
                .filter(e -> e.getValue().weighted() - meanBefore * e.getValue().gradedArea() > TOLERANCE)
                .map(Map.Entry::getKey).toList();
    }
}
