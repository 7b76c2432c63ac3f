package org.landcon.api.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.OverlayPiece;

/**
 * The plan's 城乡建设用地增减挂钩 account, one definition for every bundle that needs it (the
 * construction ledger T5 and CONS-QUOTA, and the industry land drawn on 节余 in IND-LAND-SOURCE),
 * in official areas ({@link OverlayPiece#officialArea()}) of the pieces of the {@value #TYPE}
 * parcels:
 * <ul>
 * <li>拆旧 demolished: pieces of {@value #DEMOLITION} parcels whose land before is 建设用地;</li>
 * <li>复垦 reclaimed: those of them whose land after is 农用地 ({@link LandClasses#isAgricultural});</li>
 * <li>建新 built: pieces of every other construction parcel (new construction, and resettlement
 * sites too, which use quota just the same) that turn non-建设用地 into 建设用地; building on land
 * already 建设用地 uses none;</li>
 * <li>节余 surplus = 复垦 − 建新 (rules.md CONS-QUOTA, 条十四).</li>
 * </ul>
 * Maps are by parcel id, in the plan's parcel order.
 *
 * @since 1.1
 */
public final class LinkingQuota {
    /** The content type of 建设用地整理 parcels in a plan package. */
    public static final String TYPE = "construction";
    /** The kind of a 拆旧复垦 parcel. */
    public static final String DEMOLITION = "demolition";

    private final Map<String, Double> demolished = new LinkedHashMap<>();
    private final Map<String, Double> reclaimed = new LinkedHashMap<>();
    private final Map<String, Double> built = new LinkedHashMap<>();

    private LinkingQuota() {
    }

    /** The account of {@code plan}. */
    public static LinkingQuota of(PlanView plan) {
        LinkingQuota a = new LinkingQuota();
        for (ChangeParcel p : plan.changeParcels(TYPE)) {
            double demolished = 0;
            double reclaimed = 0;
            double built = 0;
            for (OverlayPiece x : plan.pieces(p.id())) {
                boolean fromConstruction = LandClasses.isConstruction(x.fromDLBM());
                if (DEMOLITION.equals(p.kind())) {
                    demolished += fromConstruction ? x.officialArea() : 0;
                    reclaimed += fromConstruction && LandClasses.isAgricultural(x.toDLBM()) ? x.officialArea() : 0;
                } else if (!fromConstruction && LandClasses.isConstruction(x.toDLBM())) {
                    built += x.officialArea();
                }
            }
            if (DEMOLITION.equals(p.kind())) {
                a.demolished.put(p.id(), demolished);
                a.reclaimed.put(p.id(), reclaimed);
            } else {
                a.built.put(p.id(), built);
            }
        }
        return a;
    }

    /** 拆旧 (m²). */
    public double demolished() {
        return total(demolished);
    }

    /** 复垦 (m²). */
    public double reclaimed() {
        return total(reclaimed);
    }

    /** 建新 (m²). */
    public double built() {
        return total(built);
    }

    /** 节余 = 复垦 − 建新 (m²); negative when more is built than reclaimed. */
    public double surplus() {
        return reclaimed() - built();
    }

    /** 拆旧 (m²) by id of each demolition parcel. */
    public Map<String, Double> demolishedByParcel() {
        return Collections.unmodifiableMap(demolished);
    }

    /** 复垦 (m²) by id of each demolition parcel. */
    public Map<String, Double> reclaimedByParcel() {
        return Collections.unmodifiableMap(reclaimed);
    }

    /** 建新 (m²) by id of every other construction parcel (0 when built on existing 建设用地). */
    public Map<String, Double> builtByParcel() {
        return Collections.unmodifiableMap(built);
    }

    private static double total(Map<String, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
