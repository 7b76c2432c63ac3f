package org.landcon.farmland.internal;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.PlanView;

/** Look-ups by id over one plan: change parcels by id, survey parcels (DLTB) by BSM. */
final class PlanIndex {
    private final PlanView plan;
    private final Map<String, ChangeParcel> parcels;
    private final Map<String, LandParcel> survey;

    PlanIndex(PlanView plan) {
        this.plan = plan;
        this.parcels = plan.changeParcels().stream()
                .collect(Collectors.toMap(ChangeParcel::id, Function.identity(), (a, b) -> a));
        this.survey = plan.landParcels().stream()
                .collect(Collectors.toMap(LandParcel::BSM, Function.identity(), (a, b) -> a));
    }

    PlanView plan() {
        return plan;
    }

    ChangeParcel parcel(OverlayPiece piece) {
        return parcels.get(piece.parcel());
    }

    LandParcel land(OverlayPiece piece) {
        return survey.get(piece.BSM());
    }

    /**
     * The 耕地质量等别 of a piece after the plan: the parcel's {@code toGrade} when it gives one,
     * else the DLTB's GDDB.
     */
    Integer gradeAfter(OverlayPiece piece) {
        ChangeParcel p = parcel(piece);
        return p != null && p.toGrade() != null ? p.toGrade() : piece.gradeBefore();
    }
}
