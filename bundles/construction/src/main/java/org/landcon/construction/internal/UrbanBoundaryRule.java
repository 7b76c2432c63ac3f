package org.landcon.construction.internal;

import java.util.List;

import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.region.RegionalPolicy;
import org.landcon.api.rule.PlanRule;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.osgi.service.component.annotations.Component;

/**
 * CONS-UDB 城镇开发边界基本稳定，扩展倍数不扩大 (条十, 十一).
 * <ul>
 * <li>UDB area: official m² (CGCS2000 ellipsoid, as the TBDLMJ of the urban land it is divided by)
 * of the union of the CZKFBJ polygons. No parcel kind moves the boundary, so
 * the area after equals the area before; the relative change is still checked against
 * {@link RegionalPolicy#udbTolerance()} (0 when no regional policy is deployed), so that a kind
 * that does move it only has to supply the area after;</li>
 * <li>expansion ratio = UDB area / 现状城镇建设用地 ({@link UrbanConstructionLand}); after ≤ before,
 * i.e. the plan must not take 建设用地 out of the 201/202 parcels on balance;</li>
 * <li>not applicable when the package has no UDB polygon or no urban construction land.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + UrbanBoundaryRule.ID)
public final class UrbanBoundaryRule implements PlanRule {
    static final String ID = "CONS-UDB";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "城镇开发边界基本稳定，扩展倍数不扩大";
    }

    @Override
    public String titleEn() {
        return "Urban development boundary stable, expansion ratio not enlarged";
    }

    @Override
    public String article() {
        return "十, 十一";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        List<Geometry> polygons = plan.control(ControlLayers.CZKFBJ).stream().map(ControlFeature::geometry)
                .filter(g -> g.getDimension() == 2).toList();
        UrbanConstructionLand urban = UrbanConstructionLand.of(plan);
        if (polygons.isEmpty() || urban.before() <= Areas.TOLERANCE) {
            return Verdict.of(ID, Outcome.NOT_APPLICABLE)
                    .message("无城镇开发边界（CZKFBJ）或无现状城镇建设用地（CZCSXM 201/202）",
                            "no urban development boundary (CZKFBJ) or no urban construction land (CZCSXM 201/202)")
                    .build();
        }
        double udbBefore = plan.officialArea(UnaryUnionOp.union(polygons));
        double udbAfter = udbBefore;
        double tolerance = plan.policy().map(RegionalPolicy::udbTolerance).orElse(0.0);
        double udbChange = Math.abs(udbAfter - udbBefore) / udbBefore;
        double ratioBefore = udbBefore / urban.before();
        boolean lost = urban.after() <= Areas.TOLERANCE;
        double ratioAfter = lost ? Double.NaN : udbAfter / urban.after();
        Verdict.Builder v = Verdict.of(ID, outcome(udbChange > tolerance || lost || ratioAfter > ratioBefore + 1e-9));
        v.message("城镇开发边界面积 " + Areas.m2(udbBefore) + " → " + Areas.m2(udbAfter) + "（允许变化 "
                + Areas.ratio(tolerance) + "）；扩展倍数 " + Areas.ratio(ratioBefore) + " → " + ratio(ratioAfter)
                + "（现状城镇建设用地 " + Areas.m2(urban.before()) + " → " + Areas.m2(urban.after()) + "）",
                "urban development boundary " + Areas.m2(udbBefore) + " → " + Areas.m2(udbAfter) + " (tolerance "
                        + Areas.ratio(tolerance) + "); expansion ratio " + Areas.ratio(ratioBefore) + " → "
                        + ratio(ratioAfter) + " (urban construction land " + Areas.m2(urban.before()) + " → "
                        + Areas.m2(urban.after()) + ")");
        v.figure("udbBefore", udbBefore).figure("udbAfter", udbAfter).figure("udbChange", udbChange)
                .figure("tolerance", tolerance).figure("urbanBefore", urban.before())
                .figure("urbanAfter", urban.after()).figure("ratioBefore", ratioBefore);
        if (!lost) {
            v.figure("ratioAfter", ratioAfter);
        }
        if (ratioAfter > ratioBefore + 1e-9 || lost) {
            v.features(urban.reducedBy());
        }
        return v.build();
    }

    private static Outcome outcome(boolean violated) {
        return violated ? Outcome.VIOLATION : Outcome.PASS;
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "∞" : Areas.ratio(r);
    }
}
