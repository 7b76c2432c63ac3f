package org.landcon.farmland.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.OverlayPiece;
import org.locationtech.jts.geom.Geometry;

/**
 * The review-form figures of one side of a PBF adjustment (调出 or 调入), all areas official, m².
 * <ul>
 * <li>land class split by {@link LandUseCategory}: f × TBDLMJ under the DLTB's class, f × KCMJ
 * under 非耕农用地 (田坎 1203 is 农用地);</li>
 * <li>slope split by the DLTB's GDPDJB: 1–3 ≤ 15°, 4 15–25°, 5 &gt; 25°, else "not given";</li>
 * <li>patches by {@link ParcelPatches}; contiguity classes ≤ 5, 5–10, 10–20, &gt; 20 亩 (upper
 * bounds inclusive); 集中连片度 = share of the side's area in patches &gt; 20 亩;</li>
 * <li>高标准农田: the planar overlap of each parcel with the union of the {@code high-standard}
 * parcels, at the parcel's official / planar ratio (Σ f × TBMJ / Σ overlap of its pieces). Two
 * overlapping change parcels are a PLAN-CONFLICT, whose area the overlay counts for neither: the
 * side's total then leaves the overlap out while this figure still reports it.</li>
 * </ul>
 */
final class PbfSideFigures {
    static final double[] CLASS_BOUNDS_MU = {5, 10, 20};

    final double area;
    final GradeMean grade;
    final int patchCount;
    final Map<LandUseCategory, Double> classes = new EnumMap<>(LandUseCategory.class);
    final double[] slope = new double[4];
    final int[] contiguityCounts = new int[4];
    final double[] contiguityAreas = new double[4];
    final double highStandardArea;

    PbfSideFigures(PlanIndex index, PbfSide side, Geometry highStandard) {
        this.area = side.area();
        this.grade = side.grade();
        for (LandUseCategory c : LandUseCategory.values()) {
            classes.put(c, 0.0);
        }
        for (OverlayPiece piece : side.pieces()) {
            classes.merge(LandUseCategory.of(piece.fromDLBM()), piece.outArea(), Double::sum);
            classes.merge(LandUseCategory.OTHER_AGRICULTURAL, piece.outDeduction(), Double::sum);
            slope[slopeClass(index.land(piece))] += piece.officialArea();
        }
        List<Double> patches = ParcelPatches.areas(side.parcels(), side::area);
        this.patchCount = patches.size();
        for (double a : patches) {
            contiguityCounts[contiguityClass(a)]++;
            contiguityAreas[contiguityClass(a)] += a;
        }
        this.highStandardArea = side.parcels().stream().mapToDouble(p -> onHighStandard(index, side, p, highStandard))
                .sum();
    }

    /** Mean patch area, m² (0 without patches). */
    double meanPatchArea() {
        return patchCount == 0 ? 0 : area / patchCount;
    }

    /** 集中连片度: share 0–1 of the area in patches over 20 亩 (0 without area). */
    double contiguity() {
        return area <= 0 ? 0 : contiguityAreas[3] / area;
    }

    static int contiguityClass(double m2) {
        double mu = AreaUnits.mu(m2);
        for (int i = 0; i < CLASS_BOUNDS_MU.length; i++) {
            if (mu <= CLASS_BOUNDS_MU[i] + 1e-9) {
                return i;
            }
        }
        return CLASS_BOUNDS_MU.length;
    }

    private static int slopeClass(LandParcel land) {
        Integer s = land == null ? null : land.GDPDJB();
        return s == null || s < 1 || s > 5 ? 3 : s <= 3 ? 0 : s - 3;
    }

    private static double onHighStandard(PlanIndex index, PbfSide side, ChangeParcel p, Geometry highStandard) {
        if (highStandard == null || !p.geometry().intersects(highStandard)) {
            return 0;
        }
        double overlap = p.geometry().intersection(highStandard).getArea();
        double planar = index.plan().pieces(p.id()).stream().mapToDouble(OverlayPiece::overlapArea).sum();
        return planar > 0 ? overlap * side.area(p) / planar : overlap;
    }
}
