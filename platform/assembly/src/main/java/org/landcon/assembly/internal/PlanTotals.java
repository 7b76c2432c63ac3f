package org.landcon.assembly.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.LandBalance;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The {@code totals} of plan.json, in m²:
 * <ul>
 * <li>cultivated, construction, ecological: Σ of the balance over the class groups of
 * {@link LandClasses}, before and after;</li>
 * <li>pbf: designated area; out/in = Σ official area of the pieces of {@code pbf-out} /
 * {@code pbf-in} parcels (the kinds of the exchange format); ratio = out / designated;</li>
 * <li>redline: planar area of the STBHHX union; after = before less the planar area of change
 * parcels inside it whose target is 建设用地 or 耕地 (occupation counts as loss);</li>
 * <li>quota (增减挂钩): demolished = official area of {@code demolition} pieces leaving 建设用地,
 * built = official area of {@code new-construction} pieces entering 建设用地 from other land,
 * surplus = demolished − built.</li>
 * </ul>
 */
final class PlanTotals {

    private PlanTotals() {
    }

    static Map<String, Map<String, Double>> of(PlanView plan) {
        LandBalance b = plan.balance();
        Map<String, Map<String, Double>> t = new LinkedHashMap<>();
        t.put("cultivated", pair(b.before(LandClasses::isCultivated), b.after(LandClasses::isCultivated)));
        t.put("construction", pair(b.before(LandClasses::isConstruction), b.after(LandClasses::isConstruction)));
        t.put("ecological", pair(b.before(LandClasses::isEcological), b.after(LandClasses::isEcological)));
        t.put("pbf", pbf(plan));
        t.put("redline", redline(plan));
        t.put("quota", quota(plan));
        return t;
    }

    private static Map<String, Double> pbf(PlanView plan) {
        double out = officialArea(plan, "pbf-out");
        double in = officialArea(plan, "pbf-in");
        double designated = plan.pbfDesignatedArea();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("designated", designated);
        m.put("out", out);
        m.put("in", in);
        m.put("ratio", designated > 0 ? out / designated : 0.0);
        return m;
    }

    private static Map<String, Double> redline(PlanView plan) {
        var polygons = plan.control(ControlLayers.STBHHX).stream().map(f -> f.geometry()).toList();
        double before = polygons.isEmpty() ? 0 : UnaryUnionOp.union(polygons).getArea();
        double occupied = 0;
        for (ChangeParcel p : plan.changeParcels()) {
            if (p.toDLBM() != null && (LandClasses.isConstruction(p.toDLBM()) || LandClasses.isCultivated(p.toDLBM()))) {
                occupied += plan.areaInside(p.geometry(), ControlLayers.STBHHX);
            }
        }
        return pair(before, before - occupied);
    }

    private static Map<String, Double> quota(PlanView plan) {
        double demolished = 0;
        double built = 0;
        for (ChangeParcel p : plan.changeParcels()) {
            for (OverlayPiece piece : plan.pieces(p.id())) {
                if ("demolition".equals(p.kind()) && LandClasses.isConstruction(piece.fromDLBM())
                        && !LandClasses.isConstruction(piece.toDLBM())) {
                    demolished += piece.officialArea();
                } else if ("new-construction".equals(p.kind()) && LandClasses.isConstruction(piece.toDLBM())
                        && !LandClasses.isConstruction(piece.fromDLBM())) {
                    built += piece.officialArea();
                }
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("demolished", demolished);
        m.put("built", built);
        m.put("surplus", demolished - built);
        return m;
    }

    private static double officialArea(PlanView plan, String kind) {
        return plan.changeParcels().stream().filter(p -> kind.equals(p.kind()))
                .flatMap(p -> plan.pieces(p.id()).stream()).mapToDouble(OverlayPiece::officialArea).sum();
    }

    private static Map<String, Double> pair(double before, double after) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("before", before);
        m.put("after", after);
        return m;
    }
}
