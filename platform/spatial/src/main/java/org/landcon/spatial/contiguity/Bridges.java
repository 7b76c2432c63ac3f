package org.landcon.spatial.contiguity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Groups the parts of a dissolved layer that narrow gaps do not separate: parts within 2d of each
 * other are joined when the closing of the two of them joins them ({@link PairClosing}), and
 * groups are the chains of such pairs (union-find).
 * <ul>
 * <li>a pair is not tested when its parts are already in one group; such pairs are kept as
 * {@link #untested}, with the pairs found {@link #joined}, so that a changed layer
 * ({@link #after}) tests only the pairs that involve a new part, or that the change may have
 * separated;</li>
 * <li>pairs are tested in parallel; the groups do not depend on the order (they are the connected
 * components of the joining pairs), only which redundant pairs are skipped does.</li>
 * </ul>
 */
final class Bridges {
    final double d;
    final List<Geometry> parts;
    final int[] group;
    /** Pairs (i &lt; j, as {@code i << 32 | j}) whose closing joins them. */
    final long[] joined;
    /** Pairs within reach of each other that were skipped, being in one group already. */
    final long[] untested;

    private Bridges(double d, List<Geometry> parts, int[] group, long[] joined, long[] untested) {
        this.d = d;
        this.parts = parts;
        this.group = group;
        this.joined = joined;
        this.untested = untested;
    }

    /** The group of each part: {@code group[i] == group[j]} when parts i and j belong together. */
    static int[] groups(List<Geometry> parts, double d) {
        return of(parts, d).group;
    }

    static Bridges of(List<Geometry> parts, double d) {
        Search search = new Search(parts, d);
        if (d > 0) {
            STRtree tree = tree(parts);
            IntStream.range(0, parts.size()).parallel().forEach(i -> search.neighbours(tree, i, j -> j > i));
        }
        return search.result();
    }

    /**
     * The bridges of {@code parts}, a changed layer whose parts {@code 0 .. carried-1} are parts
     * of {@code before} ({@code fromBefore[k]} is the index there of part k) and whose other parts
     * are new: the pairs of carried parts keep their outcome; pairs with a new part are tested,
     * and so are the carried pairs skipped before, if the change has left them in two groups.
     */
    static Bridges after(Bridges before, List<Geometry> parts, int carried, int[] fromBefore) {
        Search search = new Search(parts, before.d);
        if (before.d <= 0) {
            return search.result();
        }
        int[] toAfter = new int[before.parts.size()];
        java.util.Arrays.fill(toAfter, -1);
        for (int k = 0; k < carried; k++) {
            toAfter[fromBefore[k]] = k;
        }
        for (long pair : before.joined) {
            int a = toAfter[(int) (pair >>> 32)];
            int b = toAfter[(int) pair];
            if (a >= 0 && b >= 0) {
                search.join(a, b);
            }
        }
        STRtree tree = tree(parts);
        IntStream.range(carried, parts.size()).parallel()
                .forEach(i -> search.neighbours(tree, i, j -> j < carried || j > i));
        List<int[]> skipped = new ArrayList<>();
        for (long pair : before.untested) {
            int a = toAfter[(int) (pair >>> 32)];
            int b = toAfter[(int) pair];
            if (a >= 0 && b >= 0) {
                skipped.add(new int[] {a, b});
            }
        }
        skipped.parallelStream().forEach(p -> search.test(p[0], p[1], null));
        return search.result();
    }

    private static STRtree tree(List<Geometry> parts) {
        STRtree tree = new STRtree();
        for (int i = 0; i < parts.size(); i++) {
            tree.insert(parts.get(i).getEnvelopeInternal(), i);
        }
        tree.build();
        return tree;
    }

    /** One run of pair tests: a union-find shared by the threads, and the outcomes. */
    private static final class Search {
        private final List<Geometry> parts;
        private final double d;
        private final int[] parent;
        private final ConcurrentLinkedQueue<Long> joined = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Long> untested = new ConcurrentLinkedQueue<>();

        Search(List<Geometry> parts, double d) {
            this.parts = parts;
            this.d = d;
            this.parent = new int[parts.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
        }

        @SuppressWarnings("unchecked")
        void neighbours(STRtree tree, int i, java.util.function.IntPredicate wanted) {
            Envelope search = new Envelope(parts.get(i).getEnvelopeInternal());
            search.expandBy(2 * d);
            IndexedFacetDistance[] distance = new IndexedFacetDistance[1];
            for (int j : (List<Integer>) tree.query(search)) {
                if (j != i && wanted.test(j)) {
                    test(i, j, distance);
                }
            }
        }

        /** Tests the pair (i, j), unless the two are already in one group. */
        void test(int i, int j, IndexedFacetDistance[] cache) {
            if (sameGroup(i, j)) {
                untested.add(key(i, j));
                return;
            }
            IndexedFacetDistance distance = cache != null && cache[0] != null ? cache[0]
                    : new IndexedFacetDistance(parts.get(i));
            if (cache != null) {
                cache[0] = distance;
            }
            if (distance.isWithinDistance(parts.get(j), 2 * d)
                    && PairClosing.joins(parts.get(i), parts.get(j), d, distance.nearestPoints(parts.get(j)))) {
                joined.add(key(i, j));
                join(i, j);
            }
        }

        synchronized boolean sameGroup(int i, int j) {
            return find(i) == find(j);
        }

        synchronized void join(int i, int j) {
            parent[find(i)] = find(j);
        }

        private int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        synchronized Bridges result() {
            int[] group = new int[parent.length];
            for (int i = 0; i < group.length; i++) {
                group[i] = find(i);
            }
            return new Bridges(d, parts, group, joined.stream().mapToLong(Long::longValue).toArray(),
                    untested.stream().mapToLong(Long::longValue).toArray());
        }

        private static long key(int i, int j) {
            return (long) Math.min(i, j) << 32 | Math.max(i, j);
        }
    }
}
