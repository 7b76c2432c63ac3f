package org.landcon.spatial.overlay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.OverlayPiece;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Overlays change parcels on the survey by the accounting convention (rules.md).
 * <ul>
 * <li>a change parcel covers the fraction f = planar overlap / planar area of each 地类图斑 it
 * touches; overlaps under {@link #MIN_OVERLAP} (shared edges, rounding) make no piece;</li>
 * <li>it moves f × TBDLMJ out of the parcel's DLBM and f × KCMJ out of 1203, and puts
 * f × (TBDLMJ + KCMJ) × (1 − KCXS_after) into its target class and the rest into 1203, where
 * TBDLMJ + KCMJ = TBMJ by validation;</li>
 * <li>a change parcel with neither {@code toDLBM} nor {@code toKCXS} changes nothing: its pieces
 * move what they take out back where it was (quality works, protection zones …);</li>
 * <li>where two change parcels overlap (a {@link Conflict}), the overlap is counted for neither
 * until the conflict is resolved: each parcel's pieces are computed on its geometry less the
 * overlaps;</li>
 * <li>overlap areas are planar and exact: Sutherland–Hodgman clipping where the parcel or the
 * survey polygon is convex (most are), else prepared predicates and the robust OverlayNG
 * intersection, skipped when the parcel covers the survey polygon whole;</li>
 * <li>candidates come from the survey's STR-tree; parcels are processed in parallel (the common
 * fork-join pool); the result is in input order.</li>
 * </ul>
 */
public final class AccountingOverlay {
    /** Overlaps below 1 mm² (shared edges, rounding) make no piece. */
    public static final double MIN_OVERLAP = 1e-6;

    private AccountingOverlay() {
    }

    /** The pieces of every parcel, with conflicts taken out. */
    public static List<OverlayPiece> overlay(SurveyIndex survey, List<ChangeParcel> parcels,
            List<Conflict> conflicts) {
        Map<String, Geometry> effective = effectiveGeometries(parcels, conflicts);
        return parcels.parallelStream()
                .map(p -> pieces(survey, p, effective.getOrDefault(p.id(), p.geometry())))
                .flatMap(List::stream)
                .collect(Collectors.toList());
    }

    /** The pieces of one parcel over {@code area} (its geometry, or less its conflicts). */
    public static List<OverlayPiece> pieces(SurveyIndex survey, ChangeParcel parcel, Geometry area) {
        List<OverlayPiece> out = new ArrayList<>();
        if (area.isEmpty() || !area.isValid()) {
            return out;
        }
        OverlapArea overlapArea = new OverlapArea(area);
        for (LandParcel land : survey.candidates(area.getEnvelopeInternal())) {
            double landArea = land.geometry().getArea();
            double overlap = landArea <= 0 ? 0 : overlapArea.with(land.geometry(), landArea);
            if (overlap >= MIN_OVERLAP) {
                out.add(piece(parcel, land, Math.min(1.0, overlap / landArea), overlap));
            }
        }
        return out;
    }

    static OverlayPiece piece(ChangeParcel parcel, LandParcel land, double f, double overlap) {
        double outArea = f * land.TBDLMJ();
        double outDeduction = f * land.KCMJ();
        boolean changesClass = parcel.toDLBM() != null;
        boolean changesDeduction = parcel.properties().containsKey("toKCXS");
        if (!changesClass && !changesDeduction) {
            return new OverlayPiece(parcel.id(), land.BSM(), land.DLBM(), land.DLBM(), f, overlap, outArea,
                    outDeduction, outArea, outDeduction, land.GDDB());
        }
        double official = outArea + outDeduction;
        double kcxs = changesDeduction ? parcel.toKCXS() : 0.0;
        String to = changesClass ? parcel.toDLBM() : land.DLBM();
        return new OverlayPiece(parcel.id(), land.BSM(), land.DLBM(), to, f, overlap, outArea, outDeduction,
                official * (1 - kcxs), official * kcxs, land.GDDB());
    }

    /** Each conflicting parcel's geometry less every overlap it takes part in. */
    static Map<String, Geometry> effectiveGeometries(List<ChangeParcel> parcels, List<Conflict> conflicts) {
        Map<String, List<Geometry>> overlaps = new HashMap<>();
        for (Conflict c : conflicts) {
            overlaps.computeIfAbsent(c.first(), k -> new ArrayList<>()).add(c.overlap());
            overlaps.computeIfAbsent(c.second(), k -> new ArrayList<>()).add(c.overlap());
        }
        Map<String, Geometry> out = new HashMap<>();
        for (ChangeParcel p : parcels) {
            Collection<Geometry> cut = overlaps.get(p.id());
            if (cut != null) {
                Geometry union = UnaryUnionOp.union(cut);
                out.put(p.id(), OverlayNGRobust.overlay(p.geometry(), union, OverlayNG.DIFFERENCE));
            }
        }
        return out;
    }
}
