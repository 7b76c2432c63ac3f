package org.landcon.industry.internal;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;

/**
 * What one industry parcel uses:
 * <ul>
 * <li>{@code area}: official area of its pieces (f × TBMJ);</li>
 * <li>{@code stock}: of which on 存量建设用地 (land already 建设用地);</li>
 * <li>{@code newConstruction}: of which non-建设用地 turned into 建设用地 (needs 节余指标);</li>
 * <li>{@code pbf}: planar m² inside 永久基本农田 (YJJBNT) when the parcel changes the land to a
 * class other than 耕地; a parcel that keeps 耕地 (农事体验 on fields, no {@code toDLBM}) occupies
 * none.</li>
 * </ul>
 */
record IndustryUse(ChangeParcel parcel, double area, double stock, double newConstruction, double pbf) {

    static IndustryUse of(PlanView plan, ChangeParcel p) {
        double area = 0;
        double stock = 0;
        double fresh = 0;
        for (OverlayPiece x : plan.pieces(p.id())) {
            area += x.officialArea();
            if (LandClasses.isConstruction(x.fromDLBM())) {
                stock += x.officialArea();
            } else if (LandClasses.isConstruction(x.toDLBM())) {
                fresh += x.officialArea();
            }
        }
        boolean leavesFarmland = p.toDLBM() != null && !LandClasses.isCultivated(p.toDLBM());
        double pbf = leavesFarmland ? plan.areaInside(p.geometry(), ControlLayers.YJJBNT) : 0;
        return new IndustryUse(p, area, stock, fresh, pbf);
    }
}
