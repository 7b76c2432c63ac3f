package org.landcon.farmland.internal;

import java.util.HashSet;
import java.util.Set;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.osgi.service.component.annotations.Component;

/**
 * FARM-RIVER 河道湖泊管理范围内不稳定利用耕地逐步调出 (条二(一)): 耕地 inside the 河湖管理范围
 * (control layer HHGLFW) before and after ({@link CultivatedInZone}, verdict by {@link ZoneVerdicts}).
 * <ul>
 * <li>share inside of a DLTB = planar area inside HHGLFW / planar area; of a piece = the same for
 * the change parcel's polygon ∩ the DLTB's polygon (conflict overlaps are not cut out here);</li>
 * <li>no HHGLFW layer in the package → not applicable.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=FARM-RIVER")
public final class RiverZoneRule extends CatalogueRule {

    public RiverZoneRule() {
        super("FARM-RIVER", "河道湖泊管理范围内不稳定利用耕地逐步调出",
                "unstable cultivated land moved out of river and lake management zones", "二(一)");
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        if (!plan.hasControl(ControlLayers.HHGLFW)) {
            return verdict(Outcome.NOT_APPLICABLE, "方案无河湖管理范围图层（HHGLFW）",
                    "the package has no river and lake management zone layer (HHGLFW)").build();
        }
        Set<String> near = new HashSet<>();
        plan.control(ControlLayers.HHGLFW).forEach(f -> plan.landParcelsIntersecting(f.geometry())
                .forEach(land -> near.add(land.BSM())));
        CultivatedInZone zone = new CultivatedInZone(plan, new CultivatedInZone.Zone() {
            @Override
            public double share(LandParcel land) {
                return near.contains(land.BSM()) ? shareInside(plan, land.geometry()) : 0;
            }

            @Override
            public double share(ChangeParcel parcel, LandParcel land) {
                return !near.contains(land.BSM()) ? 0 : shareInside(plan, OverlayNGRobust.overlay(parcel.geometry(), land.geometry(), OverlayNG.INTERSECTION));
            }
        });
        return ZoneVerdicts.of(this, zone, "河湖管理范围内", "inside river and lake management zones");
    }

    private static double shareInside(PlanView plan, Geometry g) {
        double area = g.getArea();
        if (area <= 0 || plan.controlIntersecting(ControlLayers.HHGLFW, g).isEmpty()) {
            return 0;
        }
        return Math.min(1, plan.areaInside(g, ControlLayers.HHGLFW) / area);
    }
}
