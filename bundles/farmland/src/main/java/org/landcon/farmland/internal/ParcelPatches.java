package org.landcon.farmland.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;

/**
 * Groups change parcels into patches (图斑 of the review form): parcels whose polygons overlap or
 * touch belong to one patch (transitively); nothing else bridges them. Each patch's area is the Σ
 * of its parcels' official areas, so the patches add up to the side's total.
 */
final class ParcelPatches {

    private ParcelPatches() {
    }

    /** The patches' official areas in m², one entry per patch. */
    static List<Double> areas(List<ChangeParcel> parcels, java.util.function.ToDoubleFunction<ChangeParcel> area) {
        int[] root = new int[parcels.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
            for (int j = 0; j < i; j++) {
                if (touch(parcels.get(i), parcels.get(j))) {
                    join(root, i, j);
                }
            }
        }
        Map<Integer, Double> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < root.length; i++) {
            byRoot.merge(find(root, i), area.applyAsDouble(parcels.get(i)), Double::sum);
        }
        return new ArrayList<>(byRoot.values());
    }

    private static boolean touch(ChangeParcel a, ChangeParcel b) {
        return a.geometry().getEnvelopeInternal().intersects(b.geometry().getEnvelopeInternal())
                && a.geometry().intersects(b.geometry());
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    private static void join(int[] root, int a, int b) {
        root[find(root, a)] = find(root, b);
    }
}
