package org.landcon.construction.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;

/**
 * The 增减挂钩 account of a plan (T5), from the overlay pieces of its construction parcels, in
 * official areas (f × TBMJ of each piece, {@link OverlayPiece#officialArea()}):
 * <ul>
 * <li>拆旧 demolished: pieces of {@code demolition} parcels whose land before is 建设用地;</li>
 * <li>复垦 reclaimed: those of them whose land after is 农用地 ({@link FarmUse});</li>
 * <li>建新 built: pieces of every other construction parcel ({@code new-construction}, and also
 * {@code resettlement} and {@code idle-land}, since a resettlement site on farmland uses quota just
 * the same) that turn non-建设用地 into 建设用地; building on land that is already 建设用地 uses
 * no quota;</li>
 * <li>节余 surplus = 复垦 − 建新 (rules.md CONS-QUOTA).</li>
 * </ul>
 * Maps are by parcel id, in the plan's parcel order.
 */
final class QuotaAccount {
    private final Map<String, ChangeParcel> demolitions = new LinkedHashMap<>();
    private final Map<String, Double> demolished = new LinkedHashMap<>();
    private final Map<String, Double> reclaimed = new LinkedHashMap<>();
    private final Map<String, Double> built = new LinkedHashMap<>();

    private QuotaAccount() {
    }

    static QuotaAccount of(PlanView plan) {
        QuotaAccount a = new QuotaAccount();
        for (ChangeParcel p : plan.changeParcels(ConstructionModule.TYPE)) {
            if (ConstructionKinds.DEMOLITION.equals(p.kind())) {
                a.demolitions.put(p.id(), p);
                a.demolished.put(p.id(), sum(plan.pieces(p.id()), false));
                a.reclaimed.put(p.id(), sum(plan.pieces(p.id()), true));
            } else {
                a.built.put(p.id(), plan.pieces(p.id()).stream()
                        .filter(x -> !LandClasses.isConstruction(x.fromDLBM()) && LandClasses.isConstruction(x.toDLBM()))
                        .mapToDouble(OverlayPiece::officialArea).sum());
            }
        }
        return a;
    }

    private static double sum(List<OverlayPiece> pieces, boolean reclaimedOnly) {
        return pieces.stream()
                .filter(x -> LandClasses.isConstruction(x.fromDLBM()))
                .filter(x -> !reclaimedOnly || FarmUse.isAgricultural(x.toDLBM()))
                .mapToDouble(OverlayPiece::officialArea).sum();
    }

    /** The demolition parcels, by id. */
    Map<String, ChangeParcel> demolitions() {
        return demolitions;
    }

    double demolished() {
        return total(demolished);
    }

    double reclaimed() {
        return total(reclaimed);
    }

    double built() {
        return total(built);
    }

    double surplus() {
        return reclaimed() - built();
    }

    double demolished(String parcel) {
        return demolished.getOrDefault(parcel, 0.0);
    }

    double reclaimed(String parcel) {
        return reclaimed.getOrDefault(parcel, 0.0);
    }

    /** 建新 area by id of every non-demolition construction parcel (0 when built on existing 建设用地). */
    Map<String, Double> builtByParcel() {
        return built;
    }

    private static double total(Map<String, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
