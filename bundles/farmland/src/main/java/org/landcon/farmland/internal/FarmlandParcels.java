package org.landcon.farmland.internal;

import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.PlanView;

/** Change parcels of the farmland module by kind, and their official areas. */
final class FarmlandParcels {
    static final String TYPE = "farmland";

    private FarmlandParcels() {
    }

    /** The plan's farmland parcels of one kind, in input order. */
    static List<ChangeParcel> ofKind(PlanView plan, String kind) {
        return plan.changeParcels(TYPE).stream().filter(p -> kind.equals(p.kind())).toList();
    }

    /**
     * The official area a parcel stands for: Σ f × TBMJ of its overlay pieces (the DLTB's own
     * areas, not the parcel's planar area; overlaps with other parcels are counted for neither).
     */
    static double officialArea(PlanView plan, ChangeParcel parcel) {
        return plan.pieces(parcel.id()).stream().mapToDouble(OverlayPiece::officialArea).sum();
    }

    static double officialArea(PlanView plan, List<ChangeParcel> parcels) {
        return parcels.stream().mapToDouble(p -> officialArea(plan, p)).sum();
    }

    static List<String> ids(List<ChangeParcel> parcels) {
        return parcels.stream().map(ChangeParcel::id).toList();
    }
}
