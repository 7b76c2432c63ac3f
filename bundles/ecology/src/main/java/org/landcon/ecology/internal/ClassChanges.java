package org.landcon.ecology.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.PlanView;

/** Official area (f × TBMJ) of the overlay pieces that move land from one group into another, by parcel id. */
final class ClassChanges {

    private ClassChanges() {
    }

    static Map<String, Double> byParcel(PlanView plan, Predicate<String> from, Predicate<String> to) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (OverlayPiece x : plan.pieces()) {
            if (from.test(x.fromDLBM()) && to.test(x.toDLBM())) {
                out.merge(x.parcel(), x.officialArea(), Double::sum);
            }
        }
        return out;
    }

    static double total(Map<String, Double> areas) {
        return areas.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
