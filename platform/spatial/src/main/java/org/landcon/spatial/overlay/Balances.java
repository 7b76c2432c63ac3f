package org.landcon.spatial.overlay;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.LandBalance;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.LandClasses;

/**
 * The land balance (土地利用结构) before and after a plan.
 * <ul>
 * <li>before: Σ TBDLMJ per DLBM, Σ KCMJ under 1203 (official areas, not geometry);</li>
 * <li>after: before − what the pieces take out + what they put in;</li>
 * <li>Σ before = Σ after up to floating-point rounding: land is moved, never made or lost.</li>
 * </ul>
 */
public final class Balances {

    private Balances() {
    }

    public static LandBalance of(List<LandParcel> survey, List<OverlayPiece> pieces) {
        Map<String, double[]> before = new HashMap<>();
        for (LandParcel p : survey) {
            add(before, p.DLBM(), p.TBDLMJ());
            if (p.KCMJ() != 0) {
                add(before, LandClasses.TIANKAN, p.KCMJ());
            }
        }
        Map<String, double[]> after = new HashMap<>();
        before.forEach((k, v) -> after.put(k, v.clone()));
        for (OverlayPiece piece : pieces) {
            add(after, piece.fromDLBM(), -piece.outArea());
            add(after, LandClasses.TIANKAN, piece.inDeduction() - piece.outDeduction());
            add(after, piece.toDLBM(), piece.inArea());
        }
        Map<String, Double> b = new HashMap<>();
        before.forEach((k, v) -> b.put(k, v[0]));
        Map<String, Double> a = new HashMap<>();
        after.forEach((k, v) -> a.put(k, Math.abs(v[0]) < 1e-6 ? 0.0 : v[0]));
        return new LandBalance(b, a);
    }

    private static void add(Map<String, double[]> sums, String key, double value) {
        sums.computeIfAbsent(key, k -> new double[1])[0] += value;
    }
}
