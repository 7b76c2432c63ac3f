package org.landcon.farmland.internal;

import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * PBF-QUALITY (条十一): mean grade of 调入 ≤ mean grade of 调出 (等别 1 best).
 * <ul>
 * <li>means as in {@link PbfSide}: current GDDB of the DLTB under the pieces, weighted by official area;</li>
 * <li>worse by more than 1e-6 等 → violation naming the 调入 parcels whose own mean grade is worse
 * than the 调出 mean;</li>
 * <li>a side with 调整 but no graded area → warning (the comparison cannot be made), naming the
 * parcels without grade;</li>
 * <li>no 调出 and no 调入 → not applicable.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=PBF-QUALITY")
public final class PbfQualityRule extends CatalogueRule {
    private static final double TOLERANCE = 1e-6;

    public PbfQualityRule() {
        super("PBF-QUALITY", "永久基本农田补划质量不降低", "PBF supplement not of lower quality", "十一");
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        PbfSide out = PbfSide.out(plan);
        PbfSide in = PbfSide.in(plan);
        if (out.isEmpty() && in.isEmpty()) {
            return verdict(Outcome.NOT_APPLICABLE, "方案未调整永久基本农田", "the plan does not adjust PBF").build();
        }
        GradeMean outGrade = out.grade();
        GradeMean inGrade = in.grade();
        if (!outGrade.hasGrade() || !inGrade.hasGrade()) {
            return verdict(Outcome.WARNING, "调出或调入地块无耕地质量等别，无法比较补划质量",
                    "PBF out or in has no quality grade: the supplement's quality cannot be compared")
                    .features(ungraded(out, in)).build();
        }
        double outMean = outGrade.mean();
        double inMean = inGrade.mean();
        String what = "调入平均等别 " + AreaUnits.grade(inMean) + "，调出平均等别 " + AreaUnits.grade(outMean);
        String whatEn = "mean grade in " + AreaUnits.grade(inMean) + ", out " + AreaUnits.grade(outMean);
        Verdict.Builder v = inMean > outMean + TOLERANCE
                ? verdict(Outcome.VIOLATION, "补划永久基本农田质量低于调出：" + what, "PBF supplement of lower quality: " + whatEn)
                        .features(worseThan(in, outMean))
                : verdict(Outcome.PASS, "补划永久基本农田质量不低于调出：" + what, "PBF supplement not of lower quality: " + whatEn);
        return v.figure("outMeanGrade", outMean).figure("inMeanGrade", inMean)
                .figure("outGradedArea", outGrade.gradedArea()).figure("inGradedArea", inGrade.gradedArea())
                .build();
    }

    private static List<String> worseThan(PbfSide in, double outMean) {
        return in.parcels().stream().filter(p -> in.grade(p).hasGrade() && in.grade(p).mean() > outMean + TOLERANCE)
                .map(ChangeParcel::id).toList();
    }

    private static List<String> ungraded(PbfSide out, PbfSide in) {
        return java.util.stream.Stream.concat(out.parcels().stream().filter(p -> !out.grade(p).hasGrade()),
                in.parcels().stream().filter(p -> !in.grade(p).hasGrade())).map(ChangeParcel::id).toList();
    }
}
