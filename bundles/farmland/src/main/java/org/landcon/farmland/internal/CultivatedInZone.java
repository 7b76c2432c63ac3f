package org.landcon.farmland.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;

/**
 * 耕地 inside a zone (河湖管理范围, slopes over 25° …) before and after the plan.
 * <ul>
 * <li>before: Σ TBDLMJ × share inside, over the DLTB of class 耕地;</li>
 * <li>after: before + Σ over the pieces of (耕地 put in − 耕地 taken out) × the piece's share inside
 * ({@link CultivatedFlow});</li>
 * <li>per change parcel its net change inside; the BSMs of the 耕地 DLTB with any share inside.</li>
 * </ul>
 */
final class CultivatedInZone {

    /** Where a zone lies, as shares 0–1 of a survey parcel and of a change parcel's part of it. */
    interface Zone {
        double share(LandParcel land);

        double share(ChangeParcel parcel, LandParcel land);
    }

    private double before;
    private double after;
    private final Map<String, Double> changeByParcel = new LinkedHashMap<>();
    private final List<String> landInside = new ArrayList<>();

    CultivatedInZone(PlanView plan, Zone zone) {
        for (LandParcel land : plan.landParcels()) {
            double share = LandClasses.isCultivated(land.DLBM()) ? zone.share(land) : 0;
            if (share > 0) {
                before += land.TBDLMJ() * share;
                landInside.add(land.BSM());
            }
        }
        after = before;
        PlanIndex index = new PlanIndex(plan);
        for (OverlayPiece piece : plan.pieces()) {
            double net = CultivatedFlow.net(piece);
            double share = net == 0 ? 0 : zone.share(index.parcel(piece), index.land(piece));
            if (share > 0) {
                after += net * share;
                changeByParcel.merge(piece.parcel(), net * share, Double::sum);
            }
        }
    }

    double before() {
        return before;
    }

    double after() {
        return after;
    }

    /** Parcels whose net change inside is above {@code threshold} (positive: adds 耕地 inside). */
    List<String> parcelsAdding(double threshold) {
        return changeByParcel.entrySet().stream().filter(e -> e.getValue() > threshold).map(Map.Entry::getKey).toList();
    }

    List<String> landInside() {
        return landInside;
    }
}
