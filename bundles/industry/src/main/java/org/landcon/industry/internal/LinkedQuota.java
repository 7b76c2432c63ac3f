package org.landcon.industry.internal;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;

/**
 * The plan's 增减挂钩 节余 as the construction bundle's T5 ledger computes it, from the pieces of the
 * {@code construction} parcels (official areas, f × TBMJ): 复垦 = {@code demolition} pieces from
 * 建设用地 to 农用地; 建新 = pieces of the other construction parcels from non-建设用地 to 建设用地;
 * 节余 = 复垦 − 建新. Kept in step with org.landcon.construction's QuotaAccount by hand (bundles
 * share nothing but the API).
 */
record LinkedQuota(double reclaimed, double built) {

    static LinkedQuota of(PlanView plan) {
        double reclaimed = 0;
        double built = 0;
        for (ChangeParcel p : plan.changeParcels("construction")) {
            boolean demolition = "demolition".equals(p.kind());
            for (OverlayPiece x : plan.pieces(p.id())) {
                boolean fromConstruction = LandClasses.isConstruction(x.fromDLBM());
                if (demolition && fromConstruction && FarmUse.isAgricultural(x.toDLBM())) {
                    reclaimed += x.officialArea();
                } else if (!demolition && !fromConstruction && LandClasses.isConstruction(x.toDLBM())) {
                    built += x.officialArea();
                }
            }
        }
        return new LinkedQuota(reclaimed, built);
    }

    double surplus() {
        return reclaimed - built;
    }
}
