package org.landcon.spatial.contiguity;

import java.util.List;

import org.landcon.spatial.contiguity.PatchAnalysis.Patch;

/** The figures of {@link PatchStats} from the patches' areas. */
final class PatchFigures {
    private static final double HUNDRED_MU = 100 * PatchStats.MU;

    private PatchFigures() {
    }

    static PatchStats of(List<Patch> patches, double referenceArea) {
        int[] counts = new int[4];
        double[] classAreas = new double[4];
        double[] areas = new double[patches.size()];
        double total = 0;
        double squares = 0;
        double inLarge = 0;
        for (int i = 0; i < areas.length; i++) {
            double a = patches.get(i).area();
            areas[i] = a;
            total += a;
            squares += a * a;
            inLarge += a >= HUNDRED_MU - 1e-6 ? a : 0;
            int c = PatchStats.classOf(a);
            counts[c]++;
            classAreas[c] += a;
        }
        double mesh = referenceArea > 0 ? referenceArea : total;
        return new PatchStats(areas.length, total, areas.length == 0 ? 0 : total / areas.length,
                total == 0 ? 0 : inLarge / total, counts, classAreas, total == 0 ? 0 : squares / (total * total),
                mesh == 0 ? 0 : squares / mesh, patches.stream().map(Patch::geometry).toList(), areas);
    }
}
