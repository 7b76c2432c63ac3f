package org.landcon.farmland.internal;

import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.PlanView;

/**
 * One side of a PBF adjustment: the {@code pbf-out} (调出) or {@code pbf-in} (调入, 补划) parcels.
 * <ul>
 * <li>area = Σ official area of the parcels' overlay pieces (f × TBMJ, 田坎 included, as the PBF
 * 图斑 area includes it);</li>
 * <li>mean grade = the current 耕地质量等别 (GDDB of the DLTB under each piece) weighted by the
 * piece's official area; pieces on DLTB without GDDB are ungraded and left out of the mean (the
 * review form reports the current state, so a {@code toGrade} on the parcel is not used here).</li>
 * </ul>
 */
final class PbfSide {
    private final PlanView plan;
    private final List<ChangeParcel> parcels;

    private PbfSide(PlanView plan, String kind) {
        this.plan = plan;
        this.parcels = FarmlandParcels.ofKind(plan, kind);
    }

    static PbfSide out(PlanView plan) {
        return new PbfSide(plan, FarmlandKinds.PBF_OUT);
    }

    static PbfSide in(PlanView plan) {
        return new PbfSide(plan, FarmlandKinds.PBF_IN);
    }

    List<ChangeParcel> parcels() {
        return parcels;
    }

    boolean isEmpty() {
        return parcels.isEmpty();
    }

    double area() {
        return FarmlandParcels.officialArea(plan, parcels);
    }

    double area(ChangeParcel parcel) {
        return FarmlandParcels.officialArea(plan, parcel);
    }

    GradeMean grade() {
        GradeMean mean = new GradeMean();
        parcels.forEach(p -> addGrades(mean, p));
        return mean;
    }

    GradeMean grade(ChangeParcel parcel) {
        GradeMean mean = new GradeMean();
        addGrades(mean, parcel);
        return mean;
    }

    List<OverlayPiece> pieces() {
        return parcels.stream().flatMap(p -> plan.pieces(p.id()).stream()).toList();
    }

    private void addGrades(GradeMean mean, ChangeParcel parcel) {
        plan.pieces(parcel.id()).forEach(piece -> mean.add(piece.gradeBefore(), piece.officialArea()));
    }
}
