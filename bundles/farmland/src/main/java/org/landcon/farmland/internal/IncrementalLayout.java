package org.landcon.farmland.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.landcon.spatial.contiguity.PatchAnalysis;
import org.landcon.spatial.contiguity.PatchStats;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The PBF layout after the plan, from the layout before and the change only:
 * <ul>
 * <li>a patch farther than twice the bridge from every {@code pbf-out} and {@code pbf-in} parcel
 * is unchanged (removing land never brings patches closer; added land can only join patches
 * within reach of it, and those are re-analysed);</li>
 * <li>the patches within reach are cut by the removed land, joined with the added land (less what
 * is PBF already) and analysed again, alone;</li>
 * <li>the figures are recomputed over the unchanged and the re-analysed patches.</li>
 * </ul>
 * The result equals analysing the whole layer after the change (tested), at the cost of the
 * neighbourhood of the change instead of the township's 100 000 PBF polygons.
 */
final class IncrementalLayout {

    private IncrementalLayout() {
    }

    static PatchStats after(PatchStats before, Geometry removed, Geometry added, double bridge) {
        if (removed.isEmpty() && added.isEmpty()) {
            return before;
        }
        double reach = 2 * bridge + 0.01;
        Geometry changed = removed.isEmpty() ? added : added.isEmpty() ? removed : UnaryUnionOp.union(List.of(removed, added));
        List<Geometry> patches = before.patches();
        double[] areas = before.patchAreas();
        STRtree index = new STRtree();
        for (int i = 0; i < patches.size(); i++) {
            Envelope e = new Envelope(patches.get(i).getEnvelopeInternal());
            e.expandBy(reach);
            index.insert(e, i);
        }
        boolean[] affected = new boolean[patches.size()];
        List<Geometry> local = new ArrayList<>();
        for (Object o : index.query(changed.getEnvelopeInternal())) {
            int i = (Integer) o;
            if (patches.get(i).isWithinDistance(changed, reach)) {
                affected[i] = true;
                Geometry kept = removed.isEmpty() ? patches.get(i)
                        : OverlayNGRobust.overlay(patches.get(i), removed, OverlayNG.DIFFERENCE);
                local.add(kept);
            }
        }
        if (!added.isEmpty()) {
            List<Geometry> pbfNear = new ArrayList<>();
            for (int i = 0; i < patches.size(); i++) {
                if (affected[i]) {
                    pbfNear.add(patches.get(i));
                }
            }
            local.add(pbfNear.isEmpty() ? added
                    : OverlayNGRobust.overlay(added, UnaryUnionOp.union(pbfNear), OverlayNG.DIFFERENCE));
        }
        PatchStats redone = PatchAnalysis.analyse(polygons(local), bridge);
        List<Geometry> allPatches = new ArrayList<>(redone.patches());
        List<Double> allAreas = new ArrayList<>();
        for (double a : redone.patchAreas()) {
            allAreas.add(a);
        }
        for (int i = 0; i < patches.size(); i++) {
            if (!affected[i]) {
                allPatches.add(patches.get(i));
                allAreas.add(areas[i]);
            }
        }
        return figures(allPatches, allAreas);
    }

    /** The figures of PatchStats over given patches and areas, largest patch first. */
    static PatchStats figures(List<Geometry> patches, List<Double> areas) {
        Integer[] order = new Integer[patches.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> areas.get(i)).reversed());
        List<Geometry> sorted = new ArrayList<>();
        double[] sortedAreas = new double[order.length];
        double total = 0, squares = 0, over100 = 0;
        int[] classCounts = new int[PatchStats.CLASS_BOUNDS_MU.length + 1];
        double[] classAreas = new double[classCounts.length];
        for (int k = 0; k < order.length; k++) {
            double a = areas.get(order[k]);
            sorted.add(patches.get(order[k]));
            sortedAreas[k] = a;
            total += a;
            squares += a * a;
            if (a >= 100 * PatchStats.MU - 1e-6) {
                over100 += a;
            }
            int c = PatchStats.classOf(a);
            classCounts[c]++;
            classAreas[c] += a;
        }
        int n = order.length;
        return new PatchStats(n, total, n == 0 ? 0 : total / n, total == 0 ? 0 : over100 / total, classCounts, classAreas,
                total == 0 ? 0 : squares / (total * total), total == 0 ? 0 : squares / total, sorted, sortedAreas);
    }

    private static List<Geometry> polygons(List<Geometry> geometries) {
        List<Geometry> out = new ArrayList<>();
        for (Geometry g : geometries) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (!g.getGeometryN(i).isEmpty() && g.getGeometryN(i).getDimension() == 2) {
                    out.add(g.getGeometryN(i));
                }
            }
        }
        return out;
    }
}
