package org.landcon.assembly.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.landcon.spatial.overlay.PolygonUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.osgi.service.component.annotations.Component;

/**
 * PLAN-EXTENT 子项目在整治单元内 (条六): every change parcel lies inside the unit boundary — the
 * boundary of unit.json, else the union of the survey. A parcel sticking out by more than 0.01 m²
 * is a violation; the figure is the planar area outside.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=PLAN-EXTENT")
public class PlanExtentRule implements PlanRule {
    static final double TOLERANCE = 0.01;

    @Override
    public String id() {
        return "PLAN-EXTENT";
    }

    @Override
    public String title() {
        return "子项目在整治单元内";
    }

    @Override
    public String titleEn() {
        return "Sub-projects lie inside the consolidation unit";
    }

    @Override
    public String article() {
        return "六";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        if (plan.changeParcels().isEmpty()) {
            return Verdict.of(id(), Outcome.NOT_APPLICABLE).message("方案无变化地块", "the plan has no change parcel").build();
        }
        Geometry boundary = plan.unit().boundary() != null ? plan.unit().boundary()
                : PolygonUnion.of(plan.landParcels().stream().map(LandParcel::geometry).toList(),
                        new org.locationtech.jts.geom.GeometryFactory());
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(boundary);
        List<String> outside = new ArrayList<>();
        double outsideArea = 0;
        for (ChangeParcel p : plan.changeParcels()) {
            if (!p.geometry().isValid() || prepared.covers(p.geometry())) {
                continue;
            }
            double area = p.geometry().difference(boundary).getArea();
            if (area > TOLERANCE) {
                outside.add(p.id());
                outsideArea += area;
            }
        }
        if (outside.isEmpty()) {
            return Verdict.of(id(), Outcome.PASS).message("全部变化地块位于整治单元内", "every change parcel lies inside the unit")
                    .figure("outsideArea", 0.0).build();
        }
        return Verdict.of(id(), Outcome.VIOLATION)
                .message(outside.size() + " 个变化地块超出整治单元范围，超出面积 " + Format.m2(outsideArea),
                        outside.size() + " change parcel(s) extend outside the unit by " + Format.m2(outsideArea))
                .figure("outsideArea", outsideArea).figure("parcels", outside.size()).features(outside).build();
    }
}
