package org.landcon.farmland.internal;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * FARM-SLOPE 山上耕地逐步调整到山下 (条二(一)): 耕地 on DLTB with 耕地坡度级别 GDPDJB = 5
 * (&gt; 25°) before and after ({@link CultivatedInZone}, verdict by {@link ZoneVerdicts}). The slope
 * class belongs to the terrain, so a piece is inside when its DLTB is.
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=FARM-SLOPE")
public final class SlopeRule extends CatalogueRule {
    static final int STEEP = 5;

    public SlopeRule() {
        super("FARM-SLOPE", "山上耕地逐步调整到山下", "cultivated land moved off slopes over 25°", "二(一)");
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        CultivatedInZone zone = new CultivatedInZone(plan, new CultivatedInZone.Zone() {
            @Override
            public double share(LandParcel land) {
                return land != null && land.GDPDJB() != null && land.GDPDJB() == STEEP ? 1 : 0;
            }

            @Override
            public double share(ChangeParcel parcel, LandParcel land) {
                return share(land);
            }
        });
        return ZoneVerdicts.of(this, zone, "坡度大于25°的", "on slopes over 25°");
    }
}
