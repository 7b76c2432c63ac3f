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
 * FARM-SUPPLY-QUALITY 占优补优 (条十一): the mean grade of the plan's new 耕地 is not worse than
 * that of the 耕地 the plan takes (等别 1 best).
 * <ul>
 * <li>new 耕地: pieces making 耕地 out of non-耕地, weighted by f × TBMJ × (1 − KCXS_after), at
 * the grade after (parcel {@code toGrade}, else the DLTB's GDDB);</li>
 * <li>taken 耕地: pieces turning 耕地 into non-耕地, weighted by f × TBDLMJ, at the DLTB's GDDB;</li>
 * <li>nothing taken, or nothing new → not applicable (FARM-QTY judges the quantity);</li>
 * <li>either side without graded area → warning naming the new-耕地 parcels without grade;</li>
 * <li>new worse than taken by more than 1e-6 等 → warning naming the new-耕地 parcels whose own
 * mean grade is worse than the taken mean;</li>
 * <li>figures also give 水田 taken and new (m²), for 占水田补水田.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=FARM-SUPPLY-QUALITY")
public final class SupplyQualityRule extends CatalogueRule {
    private static final double TOLERANCE = 1e-6;

    public SupplyQualityRule() {
        super("FARM-SUPPLY-QUALITY", "用于占补平衡的新增耕地占优补优",
                "new cultivated land at least as good as the cultivated land it replaces", "十一");
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        PlanIndex index = new PlanIndex(plan);
        GradeMean taken = new GradeMean();
        GradeMean made = new GradeMean();
        Map<String, GradeMean> madeByParcel = new LinkedHashMap<>();
        double takenPaddy = 0;
        double madePaddy = 0;
        for (OverlayPiece piece : plan.pieces()) {
            if (CultivatedFlow.removes(piece)) {
                taken.add(piece.gradeBefore(), piece.outArea());
                takenPaddy += piece.fromDLBM().startsWith("0101") ? piece.outArea() : 0;
            } else if (CultivatedFlow.creates(piece)) {
                made.add(index.gradeAfter(piece), piece.inArea());
                madeByParcel.computeIfAbsent(piece.parcel(), k -> new GradeMean()).add(index.gradeAfter(piece),
                        piece.inArea());
                madePaddy += piece.toDLBM().startsWith("0101") ? piece.inArea() : 0;
            }
        }
        if (taken.gradedArea() + taken.ungradedArea() <= 0 || madeByParcel.isEmpty()) {
            return verdict(Outcome.NOT_APPLICABLE, "方案无占用耕地或无新增耕地，不涉及占补平衡",
                    "the plan does not both take and make cultivated land").build();
        }
        Verdict.Builder v;
        if (!taken.hasGrade() || !made.hasGrade()) {
            v = verdict(Outcome.WARNING, "新增或被占用耕地无质量等别，无法核验占优补优",
                    "new or taken cultivated land has no grade: like-for-like quality cannot be verified")
                    .features(parcels(madeByParcel, g -> !g.hasGrade()));
        } else {
            String what = "新增耕地平均等别 " + AreaUnits.grade(made.mean()) + "，被占用耕地 " + AreaUnits.grade(taken.mean());
            String whatEn = "new cultivated land mean grade " + AreaUnits.grade(made.mean()) + ", taken "
                    + AreaUnits.grade(taken.mean());
            double limit = taken.mean() + TOLERANCE;
            v = made.mean() > limit
                    ? verdict(Outcome.WARNING, "新增耕地质量低于被占用耕地：" + what, "new cultivated land worse than taken: " + whatEn)
                            .features(parcels(madeByParcel, g -> g.hasGrade() && g.mean() > limit))
                    : verdict(Outcome.PASS, "占优补优：" + what, "like-for-like quality: " + whatEn);
            v.figure("newMeanGrade", made.mean()).figure("takenMeanGrade", taken.mean());
        }
        return v.figure("newArea", made.gradedArea() + made.ungradedArea())
                .figure("takenArea", taken.gradedArea() + taken.ungradedArea())
                .figure("newPaddyArea", madePaddy).figure("takenPaddyArea", takenPaddy).build();
    }

    private static List<String> parcels(Map<String, GradeMean> byParcel, java.util.function.Predicate<GradeMean> test) {
        return byParcel.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).toList();
    }
}
