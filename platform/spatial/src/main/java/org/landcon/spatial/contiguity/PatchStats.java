package org.landcon.spatial.contiguity;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * Contiguity figures of a set of polygons (areas in m²; 1 亩 = 10 000 / 15 m²).
 *
 * @param patchCount               图斑数目 after dissolving: number of contiguous patches
 * @param totalArea                Σ area of the polygons, m²
 * @param meanPatchArea            平均单个图斑面积 = totalArea / patchCount, m² (0 when no patch)
 * @param shareInPatchesOver100Mu  share 0–1 of totalArea in patches of at least 100 亩 (百亩方)
 * @param classCounts              patches per class ≤ 5, 5–10, 10–20, > 20 亩 (upper bounds
 *                                 inclusive)
 * @param classAreas               m² per the same classes
 * @param simmonsIndex             Σa² / (Σa)²: 1 for one patch, → 0 for many small ones
 * @param effectiveMeshSize        Σa² / A, m², with A the total area or the given reference area
 * @param patches                  the patches, largest first; each is the union of its member
 *                                 polygons (the closing used to group them is not part of it)
 * @param patchAreas               area of each patch, m², in the order of {@code patches}
 */
public record PatchStats(int patchCount, double totalArea, double meanPatchArea, double shareInPatchesOver100Mu,
        int[] classCounts, double[] classAreas, double simmonsIndex, double effectiveMeshSize,
        List<Geometry> patches, double[] patchAreas) {

    /** 1 亩 in m². */
    public static final double MU = 10_000.0 / 15;
    /** Upper bounds of the contiguity classes, 亩: ≤ 5, ≤ 10, ≤ 20, above. */
    public static final double[] CLASS_BOUNDS_MU = {5, 10, 20};

    public PatchStats {
        classCounts = classCounts.clone();
        classAreas = classAreas.clone();
        patchAreas = patchAreas.clone();
        patches = List.copyOf(patches);
    }

    @Override
    public int[] classCounts() {
        return classCounts.clone();
    }

    @Override
    public double[] classAreas() {
        return classAreas.clone();
    }

    @Override
    public double[] patchAreas() {
        return patchAreas.clone();
    }

    /** The class 0–3 of a patch of {@code area} m². */
    public static int classOf(double area) {
        double mu = area / MU;
        for (int i = 0; i < CLASS_BOUNDS_MU.length; i++) {
            if (mu <= CLASS_BOUNDS_MU[i] + 1e-9) {
                return i;
            }
        }
        return CLASS_BOUNDS_MU.length;
    }
}
