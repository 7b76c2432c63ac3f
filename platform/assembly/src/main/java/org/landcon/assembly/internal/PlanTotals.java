package org.landcon.assembly.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.LandBalance;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;
import org.landcon.spatial.overlay.PolygonUnion;

/**
 * The {@code totals} of plan.json, in m²:
 * <ul>
 * <li>cultivated, construction, ecological: Σ of the balance over the class groups of
 * {@link LandClasses}, before and after;</li>
 * <li>pbf: designated area; out/in = Σ official area of the pieces of {@code pbf-out} /
 * {@code pbf-in} parcels (the kinds of the exchange format); ratio = out / designated;</li>
 * <li>redline: the figures of the ECO-REDLINE-AREA verdict when the ecology bundle is deployed
 * (one definition, its own); otherwise the official area of the STBHHX union, after = before;</li>
 * <li>quota (增减挂钩): the figures of the CONS-QUOTA verdict when the construction bundle is
 * deployed (demolished, reclaimed, built, surplus as its T5 ledger counts them); otherwise 0, since
 * without the module no demolition or construction parcel is handled.</li>
 * </ul>
 */
final class PlanTotals {

    private PlanTotals() {
    }

    static Map<String, Map<String, Double>> of(PlanView plan, List<Verdict> verdicts) {
        LandBalance b = plan.balance();
        Map<String, Map<String, Double>> t = new LinkedHashMap<>();
        t.put("cultivated", pair(b.before(LandClasses::isCultivated), b.after(LandClasses::isCultivated)));
        t.put("construction", pair(b.before(LandClasses::isConstruction), b.after(LandClasses::isConstruction)));
        t.put("ecological", pair(b.before(LandClasses::isEcological), b.after(LandClasses::isEcological)));
        t.put("pbf", pbf(plan));
        t.put("redline", figures(verdicts, "ECO-REDLINE-AREA", List.of("before", "after")).orElseGet(() -> redline(plan)));
        t.put("quota", figures(verdicts, "CONS-QUOTA", List.of("demolished", "reclaimed", "built", "surplus"))
                .orElseGet(() -> zeros(List.of("demolished", "reclaimed", "built", "surplus"))));
        return t;
    }

    /** The named numeric figures of a rule's verdict, if the rule ran and computed them. */
    static Optional<Map<String, Double>> figures(List<Verdict> verdicts, String rule, List<String> keys) {
        for (Verdict v : verdicts) {
            if (v.rule().equals(rule) && keys.stream().allMatch(k -> v.figures().get(k) instanceof Number)) {
                Map<String, Double> m = new LinkedHashMap<>();
                keys.forEach(k -> m.put(k, ((Number) v.figures().get(k)).doubleValue()));
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Double> zeros(List<String> keys) {
        Map<String, Double> m = new LinkedHashMap<>();
        keys.forEach(k -> m.put(k, 0.0));
        return m;
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
        double area = polygons.isEmpty() ? 0 : plan.officialArea(PolygonUnion.of(polygons, polygons.get(0).getFactory()));
        return pair(area, area);
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
