package org.landcon.construction.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.landcon.api.model.LandParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;

/**
 * 现状城镇建设用地 for the UDB expansion ratio (扩展倍数), in official areas:
 * <ul>
 * <li>the set: 地类图斑 whose CZCSXM is 201 城市 or 202 建制镇, with or without the A suffix;</li>
 * <li>before: Σ TBDLMJ of those whose DLBM is 建设用地;</li>
 * <li>after: before, less what overlay pieces on that set take out of 建设用地 (outArea), plus what
 * they put into 建设用地 (inArea). New construction outside the set is not urban land here.</li>
 * </ul>
 */
record UrbanConstructionLand(double before, double after, Set<String> reducedBy) {
    private static final Set<String> URBAN = Set.of("201", "201A", "202", "202A");

    static UrbanConstructionLand of(PlanView plan) {
        Set<String> urban = plan.landParcels().stream().filter(p -> p.CZCSXM() != null && URBAN.contains(p.CZCSXM().trim()))
                .map(LandParcel::BSM).collect(Collectors.toSet());
        double before = plan.landParcels().stream().filter(p -> urban.contains(p.BSM()))
                .filter(p -> LandClasses.isConstruction(p.DLBM())).mapToDouble(LandParcel::TBDLMJ).sum();
        double after = before;
        Set<String> reducedBy = new LinkedHashSet<>();
        for (OverlayPiece x : plan.pieces()) {
            if (!urban.contains(x.BSM())) {
                continue;
            }
            double change = (LandClasses.isConstruction(x.toDLBM()) ? x.inArea() : 0)
                    - (LandClasses.isConstruction(x.fromDLBM()) ? x.outArea() : 0);
            after += change;
            if (change < -Areas.TOLERANCE) {
                reducedBy.add(x.parcel());
            }
        }
        return new UrbanConstructionLand(before, after, reducedBy);
    }
}
