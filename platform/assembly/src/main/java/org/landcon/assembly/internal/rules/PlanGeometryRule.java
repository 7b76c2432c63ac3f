package org.landcon.assembly.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.osgi.service.component.annotations.Component;

/**
 * PLAN-GEOMETRY 图形有效 (条七): every change parcel is a non-empty, valid polygon in the unit's CRS.
 * The message names each bad parcel with the JTS reason and its location.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=PLAN-GEOMETRY")
public class PlanGeometryRule implements PlanRule {

    @Override
    public String id() {
        return "PLAN-GEOMETRY";
    }

    @Override
    public String title() {
        return "图形有效";
    }

    @Override
    public String titleEn() {
        return "Geometries are valid";
    }

    @Override
    public String article() {
        return "七";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        List<String> bad = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int srid = plan.unit().srid();
        for (ChangeParcel p : plan.changeParcels()) {
            String reason = problem(p.geometry(), srid);
            if (reason != null) {
                bad.add(p.id());
                reasons.add(p.id() + ": " + reason);
            }
        }
        if (bad.isEmpty()) {
            return Verdict.of(id(), Outcome.PASS).message("全部变化地块图形有效", "every change parcel geometry is valid")
                    .figure("invalid", 0).build();
        }
        String list = String.join("; ", reasons.subList(0, Math.min(10, reasons.size())));
        return Verdict.of(id(), Outcome.VIOLATION)
                .message(bad.size() + " 个变化地块图形无效：" + list, bad.size() + " change parcel geometries are invalid: " + list)
                .figure("invalid", bad.size()).features(bad).build();
    }

    static String problem(Geometry g, int srid) {
        if (g == null || g.isEmpty()) {
            return "empty geometry 空图形";
        }
        if (g.getDimension() != 2) {
            return "not a polygon 非面要素: " + g.getGeometryType();
        }
        if (g.getSRID() != 0 && g.getSRID() != srid) {
            return "CRS EPSG:" + g.getSRID() + " ≠ unit EPSG:" + srid + " 坐标系不一致";
        }
        TopologyValidationError e = new IsValidOp(g).getValidationError();
        return e == null ? null : e.getMessage() + " at " + e.getCoordinate();
    }
}
