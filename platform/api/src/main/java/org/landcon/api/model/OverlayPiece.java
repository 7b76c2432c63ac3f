package org.landcon.api.model;

/**
 * The part of one survey parcel (DLTB) that one change parcel covers, counted by the accounting
 * convention: the change parcel covers the fraction {@code f} = planar overlap / planar area of the
 * DLTB polygon; it moves {@code f × TBDLMJ} out of {@code fromDLBM} and {@code f × KCMJ} out of
 * 1203, and puts {@code f × TBMJ × (1 − KCXS_after)} into {@code toDLBM} and the rest into 1203.
 *
 * @param parcel       the change parcel's id
 * @param BSM          the survey parcel's BSM
 * @param fromDLBM     its class before
 * @param toDLBM       class after (equals {@code fromDLBM} when the parcel does not change class)
 * @param fraction     f, 0–1
 * @param overlapArea  planar overlap area in m²
 * @param outArea      f × TBDLMJ, m² leaving {@code fromDLBM}
 * @param outDeduction f × KCMJ, m² leaving 1203
 * @param inArea       f × TBMJ × (1 − KCXS_after), m² entering {@code toDLBM}
 * @param inDeduction  f × TBMJ × KCXS_after, m² entering 1203
 * @param gradeBefore  GDDB of the survey parcel, or null
 */
public record OverlayPiece(String parcel, String BSM, String fromDLBM, String toDLBM, double fraction,
        double overlapArea, double outArea, double outDeduction, double inArea, double inDeduction,
        Integer gradeBefore) {

    /** The official area this piece stands for: f × TBMJ. */
    public double officialArea() {
        return outArea + outDeduction;
    }
}
