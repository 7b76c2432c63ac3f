package org.landcon.farmland.internal;

import java.util.Arrays;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.landcon.spatial.contiguity.PatchStats;
import org.osgi.service.component.annotations.Component;

/**
 * PBF-LAYOUT 提高集中度，布局有优化 (条十一): patches of PBF before and after ({@link PbfLayout}).
 * <ul>
 * <li>improved = the mean patch area does not fall, the share of area in patches ≥ 100 亩 does not
 * fall, and at least one of them rises (tolerances 0.01 m² and 1e-9); otherwise a warning;</li>
 * <li>features on a warning: the {@code pbf-in} parcels whose patch after is smaller than the mean
 * patch before (补划 that stays scattered);</li>
 * <li>figures before/after: patch count, mean patch area (m²), share ≥ 100 亩, the 4-class
 * histogram (counts, and areas in m²) for ≤ 5, 5–10, 10–20, &gt; 20 亩, total area (m², planar);</li>
 * <li>no 调出 and no 调入 → not applicable.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=PBF-LAYOUT")
public final class PbfLayoutRule extends CatalogueRule {

    public PbfLayoutRule() {
        super("PBF-LAYOUT", "提高永久基本农田集中度，布局有优化", "PBF more contiguous: layout improved", "十一");
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        List<ChangeParcel> out = FarmlandParcels.ofKind(plan, FarmlandKinds.PBF_OUT);
        List<ChangeParcel> in = FarmlandParcels.ofKind(plan, FarmlandKinds.PBF_IN);
        if (out.isEmpty() && in.isEmpty()) {
            return verdict(Outcome.NOT_APPLICABLE, "方案未调整永久基本农田", "the plan does not adjust PBF").build();
        }
        PbfLayout layout = new PbfLayout(plan, out, in);
        PatchStats b = layout.before;
        PatchStats a = layout.after;
        double dMean = a.meanPatchArea() - b.meanPatchArea();
        double dShare = a.shareInPatchesOver100Mu() - b.shareInPatchesOver100Mu();
        boolean improved = dMean >= -0.01 && dShare >= -1e-9 && (dMean > 0.01 || dShare > 1e-9);
        String what = "图斑 " + b.patchCount() + " → " + a.patchCount() + " 个，平均图斑面积 " + mu(b) + " → " + mu(a)
                + " 亩，百亩以上图斑面积占比 " + AreaUnits.percent(b.shareInPatchesOver100Mu()) + " → "
                + AreaUnits.percent(a.shareInPatchesOver100Mu());
        String whatEn = "patches " + b.patchCount() + " → " + a.patchCount() + ", mean patch " + mu(b) + " → " + mu(a)
                + " mu, share in patches ≥ 100 mu " + AreaUnits.percent(b.shareInPatchesOver100Mu()) + " → "
                + AreaUnits.percent(a.shareInPatchesOver100Mu());
        Verdict.Builder v = improved
                ? verdict(Outcome.PASS, "永久基本农田布局有优化：" + what, "PBF layout improved: " + whatEn)
                : verdict(Outcome.WARNING, "永久基本农田集中度未提高：" + what, "PBF not more contiguous: " + whatEn)
                        .features(in.stream().filter(p -> layout.patchAreaAfter(p) < b.meanPatchArea() - 0.01)
                                .map(ChangeParcel::id).toList());
        figures(v, "Before", b);
        figures(v, "After", a);
        return v.build();
    }

    private static void figures(Verdict.Builder v, String when, PatchStats s) {
        v.figure("patchCount" + when, s.patchCount()).figure("meanPatchArea" + when, s.meanPatchArea())
                .figure("shareOver100Mu" + when, s.shareInPatchesOver100Mu())
                .figure("classCounts" + when, Arrays.stream(s.classCounts()).boxed().toList())
                .figure("classAreas" + when, Arrays.stream(s.classAreas()).boxed().toList())
                .figure("totalArea" + when, s.totalArea());
    }

    private static String mu(PatchStats s) {
        return String.format(java.util.Locale.ROOT, "%.2f", AreaUnits.mu(s.meanPatchArea()));
    }
}
