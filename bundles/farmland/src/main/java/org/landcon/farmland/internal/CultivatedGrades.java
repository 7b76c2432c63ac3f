package org.landcon.farmland.internal;

import org.landcon.api.model.LandParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;

/**
 * The mean 耕地质量等别 of all 耕地 of the unit before and after the plan.
 * <ul>
 * <li>before: every DLTB of class 耕地, its GDDB weighted by TBDLMJ;</li>
 * <li>after: before, less each piece's 耕地 taken out (f × TBDLMJ at the DLTB's GDDB), plus each
 * piece's 耕地 put in (f × TBMJ × (1 − KCXS_after) at the grade after: the parcel's
 * {@code toGrade}, else the DLTB's GDDB) — so a quality upgrade without change of class replaces
 * the old grade by the new one;</li>
 * <li>耕地 without a grade is kept apart and takes no part in the mean.</li>
 * </ul>
 */
final class CultivatedGrades {
    private final PlanIndex index;

    CultivatedGrades(PlanIndex index) {
        this.index = index;
    }

    GradeMean before(PlanView plan) {
        GradeMean mean = new GradeMean();
        for (LandParcel land : plan.landParcels()) {
            if (LandClasses.isCultivated(land.DLBM())) {
                mean.add(land.GDDB(), land.TBDLMJ());
            }
        }
        return mean;
    }

    GradeMean after(PlanView plan) {
        GradeMean mean = before(plan);
        plan.pieces().forEach(piece -> apply(mean, piece));
        return mean;
    }

    /** Applies one piece's change to a mean. */
    void apply(GradeMean mean, OverlayPiece piece) {
        mean.add(piece.gradeBefore(), -CultivatedFlow.out(piece));
        mean.add(index.gradeAfter(piece), CultivatedFlow.in(piece));
    }
}
