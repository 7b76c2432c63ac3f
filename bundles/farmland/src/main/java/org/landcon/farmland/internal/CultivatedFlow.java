package org.landcon.farmland.internal;

import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.LandClasses;

/**
 * How much 耕地 one overlay piece takes away and puts back, by the accounting convention: it takes
 * f × TBDLMJ out of its class before and puts f × TBMJ × (1 − KCXS_after) into its class after;
 * only the parts whose class is 耕地 (0101/0102/0103 with K codes) count.
 */
final class CultivatedFlow {

    private CultivatedFlow() {
    }

    /** 耕地 taken out by the piece, m². */
    static double out(OverlayPiece piece) {
        return LandClasses.isCultivated(piece.fromDLBM()) ? piece.outArea() : 0;
    }

    /** 耕地 put in by the piece, m². */
    static double in(OverlayPiece piece) {
        return LandClasses.isCultivated(piece.toDLBM()) ? piece.inArea() : 0;
    }

    /** Net change of 耕地 by the piece, m². */
    static double net(OverlayPiece piece) {
        return in(piece) - out(piece);
    }

    /** {@code true} when the piece makes 耕地 out of land that was not 耕地 (新增耕地). */
    static boolean creates(OverlayPiece piece) {
        return !LandClasses.isCultivated(piece.fromDLBM()) && LandClasses.isCultivated(piece.toDLBM())
                && piece.inArea() > 0;
    }

    /** {@code true} when the piece turns 耕地 into something else (占用耕地). */
    static boolean removes(OverlayPiece piece) {
        return LandClasses.isCultivated(piece.fromDLBM()) && !LandClasses.isCultivated(piece.toDLBM())
                && piece.outArea() > 0;
    }
}
