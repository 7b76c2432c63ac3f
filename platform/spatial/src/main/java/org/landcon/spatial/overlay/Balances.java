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
        Map<String, Double> before = new HashMap<>();
        for (LandParcel p : survey) {
            before.merge(p.DLBM(), p.TBDLMJ(), Double::sum);
            if (p.KCMJ() != 0) {
                before.merge(LandClasses.TIANKAN, p.KCMJ(), Double::sum);
            }
        }
        Map<String, Double> after = new HashMap<>(before);
        for (OverlayPiece piece : pieces) {
            after.merge(piece.fromDLBM(), -piece.outArea(), Double::sum);
            after.merge(LandClasses.TIANKAN, -piece.outDeduction(), Double::sum);
            after.merge(piece.toDLBM(), piece.inArea(), Double::sum);
            after.merge(LandClasses.TIANKAN, piece.inDeduction(), Double::sum);
        }
        after.replaceAll((k, v) -> Math.abs(v) < 1e-6 ? 0.0 : v);
        return new LandBalance(before, after);
    }
}
