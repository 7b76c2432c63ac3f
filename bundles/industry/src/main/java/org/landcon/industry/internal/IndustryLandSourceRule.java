package org.landcon.industry.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.LinkingQuota;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * IND-LAND-SOURCE 产业用地用存量建设用地或节余指标，不占永久基本农田 (条二(五), 十二), over the parcels
 * of type {@code industry} ({@link IndustryUse}):
 * <ul>
 * <li>a parcel that turns land inside YJJBNT into anything but 耕地 is a violation (figure
 * {@code pbf}, planar m²);</li>
 * <li>the new construction land of all industry parcels (official m², whatever their declared
 * {@code source}) beyond the plan's 节余 ({@link LinkingQuota}, the platform's one definition) is a violation; quota transferred out
 * of the county is not deducted here;</li>
 * <li>figures: {@code pbf}, {@code newConstruction}, {@code stock}, {@code reclaimed}, {@code built},
 * {@code surplus}; not applicable without industry parcels.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + IndustryLandSourceRule.ID)
public final class IndustryLandSourceRule implements PlanRule {
    static final String ID = "IND-LAND-SOURCE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "产业用地用存量建设用地或节余指标，不占永久基本农田";
    }

    @Override
    public String titleEn() {
        return "Industry uses existing construction land or surplus quota, never permanent basic farmland";
    }

    @Override
    public String article() {
        return "二(五), 十二";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        List<IndustryUse> uses = plan.changeParcels(IndustryModule.TYPE).stream().map(p -> IndustryUse.of(plan, p))
                .toList();
        if (uses.isEmpty()) {
            return Verdict.of(ID, Outcome.NOT_APPLICABLE).message("方案无产业导入地块", "the plan has no industry parcel")
                    .build();
        }
        List<IndustryUse> onPbf = uses.stream().filter(u -> u.pbf() > Areas.TOLERANCE).toList();
        List<IndustryUse> building = uses.stream().filter(u -> u.newConstruction() > Areas.TOLERANCE).toList();
        LinkingQuota quota = LinkingQuota.of(plan);
        double pbf = onPbf.stream().mapToDouble(IndustryUse::pbf).sum();
        double fresh = building.stream().mapToDouble(IndustryUse::newConstruction).sum();
        boolean beyondQuota = fresh > Math.max(quota.surplus(), 0) + Areas.TOLERANCE;
        Verdict.Builder v = Verdict.of(ID, onPbf.isEmpty() && !beyondQuota ? Outcome.PASS : Outcome.VIOLATION)
                .figure("pbf", pbf).figure("newConstruction", fresh)
                .figure("stock", uses.stream().mapToDouble(IndustryUse::stock).sum())
                .figure("reclaimed", quota.reclaimed()).figure("built", quota.built()).figure("surplus", quota.surplus());
        onPbf.forEach(u -> v.feature(u.parcel().id()));
        if (beyondQuota) {
            building.stream().filter(u -> !onPbf.contains(u)).forEach(u -> v.feature(u.parcel().id()));
        }
        String zh = "产业新增建设用地 " + Areas.m2(fresh) + "，节余指标 " + Areas.m2(quota.surplus());
        String en = "new construction land for industry " + Areas.m2(fresh) + ", surplus quota " + Areas.m2(quota.surplus());
        if (!onPbf.isEmpty()) {
            zh = "产业地块占用永久基本农田 " + Areas.m2(pbf) + "（" + ids(onPbf) + "）；" + zh;
            en = "industry parcels on permanent basic farmland, " + Areas.m2(pbf) + " (" + ids(onPbf) + "); " + en;
        }
        if (beyondQuota) {
            zh += "，超出节余 " + Areas.m2(fresh - Math.max(quota.surplus(), 0)) + "（" + ids(building) + "）";
            en += ", beyond the surplus by " + Areas.m2(fresh - Math.max(quota.surplus(), 0)) + " (" + ids(building) + ")";
        }
        return v.message(zh, en).build();
    }

    private static String ids(List<IndustryUse> uses) {
        return uses.stream().map(u -> u.parcel().id()).collect(Collectors.joining(", "));
    }
}
