package org.landcon.spatial.contiguity;

import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Groups the parts of a dissolved layer that narrow gaps do not separate: parts within 2d of each
 * other are joined when the closing of the two of them joins them ({@link PairClosing}), and
 * groups are the chains of such pairs (union-find).
 */
final class Bridges {

    private Bridges() {
    }

    /** The group of each part: {@code group[i] == group[j]} when parts i and j belong together. */
    @SuppressWarnings("unchecked")
    static int[] groups(List<Geometry> parts, double d) {
        int n = parts.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        if (d <= 0) {
            return parent;
        }
        STRtree tree = new STRtree();
        for (int i = 0; i < n; i++) {
            tree.insert(parts.get(i).getEnvelopeInternal(), i);
        }
        IndexedFacetDistance[] distance = new IndexedFacetDistance[n];
        for (int i = 0; i < n; i++) {
            Envelope search = new Envelope(parts.get(i).getEnvelopeInternal());
            search.expandBy(2 * d);
            for (int j : (List<Integer>) tree.query(search)) {
                if (j <= i || find(parent, i) == find(parent, j)) {
                    continue;
                }
                if (distance[i] == null) {
                    distance[i] = new IndexedFacetDistance(parts.get(i));
                }
                if (distance[i].isWithinDistance(parts.get(j), 2 * d) && PairClosing.joins(parts.get(i),
                        parts.get(j), d, distance[i].nearestPoints(parts.get(j)))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
            distance[i] = null;
        }
        for (int i = 0; i < n; i++) {
            parent[i] = find(parent, i);
        }
        return parent;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
