package org.landcon.spatial.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A jittered lattice that tiles a rectangle exactly: field columns and rows about 45 m wide,
 * separated every few fields by narrow strips (roads 5 m, ditches 3 m). Every node is shared by
 * the cells around it, so the cells form a polygonal coverage with matching vertices. The two
 * lines bounding a strip move together, so a strip keeps its width; the outer lines do not move.
 */
final class Lattice {
    static final int FIELDS_PER_BLOCK = 6;
    static final double ROAD_WIDTH = 5;
    static final double DITCH_WIDTH = 3;

    final double[] xs;
    final double[] ys;
    /** Strip kind of each column/row: 0 field, 1 road, 2 ditch. */
    final int[] colKind;
    final int[] rowKind;
    /** Block index of each column/row (a strip belongs to the block after it). */
    final int[] colBlock;
    final int[] rowBlock;
    private final int[] colGroup;
    private final int[] rowGroup;
    private final long jitterSeed;
    private final double jitter;

    Lattice(double x0, double y0, int blocksX, int blocksY, SplittableRandom random) {
        List<double[]> cols = axis(x0, blocksX, random);
        List<double[]> rows = axis(y0, blocksY, random);
        xs = cols.stream().mapToDouble(c -> c[0]).toArray();
        colKind = cols.stream().mapToInt(c -> (int) c[1]).toArray();
        colBlock = cols.stream().mapToInt(c -> (int) c[2]).toArray();
        ys = rows.stream().mapToDouble(c -> c[0]).toArray();
        rowKind = rows.stream().mapToInt(c -> (int) c[1]).toArray();
        rowBlock = rows.stream().mapToInt(c -> (int) c[2]).toArray();
        colGroup = groups(colKind);
        rowGroup = groups(rowKind);
        jitterSeed = random.nextLong();
        jitter = 8;
    }

    /** Line positions along one axis as {position, kind of the cell that starts there, block}. */
    private static List<double[]> axis(double start, int blocks, SplittableRandom random) {
        List<double[]> out = new ArrayList<>();
        double pos = start;
        for (int b = 0; b < blocks; b++) {
            if (b > 0) {
                int kind = b % 3 == 0 ? 1 : 2;
                out.add(new double[] {pos, kind, b});
                pos += kind == 1 ? ROAD_WIDTH : DITCH_WIDTH;
            }
            for (int f = 0; f < FIELDS_PER_BLOCK; f++) {
                out.add(new double[] {pos, 0, b});
                pos += 35 + random.nextDouble() * 20;
            }
        }
        out.add(new double[] {pos, -1, blocks});
        return out;
    }

    /** Lines that must move together share a group: the two lines bounding a strip cell. */
    private static int[] groups(int[] kinds) {
        int[] g = new int[kinds.length];
        for (int i = 1; i < kinds.length; i++) {
            g[i] = kinds[i - 1] > 0 ? g[i - 1] : g[i - 1] + 1;
        }
        return g;
    }

    int columns() {
        return xs.length - 1;
    }

    int rows() {
        return ys.length - 1;
    }

    double width() {
        return xs[xs.length - 1] - xs[0];
    }

    double height() {
        return ys[ys.length - 1] - ys[0];
    }

    /** The jittered node (i, j); deterministic, shared by the four cells around it. */
    Coordinate node(int i, int j) {
        if (i == 0 || j == 0 || i == xs.length - 1 || j == ys.length - 1) {
            return new Coordinate(xs[i], ys[j]);
        }
        long h = mix(jitterSeed ^ (colGroup[i] * 0x9E3779B97F4A7C15L) ^ (rowGroup[j] * 0xC2B2AE3D27D4EB4FL));
        double dx = ((h & 0xFFFF) / 65535.0 - 0.5) * 2 * jitter;
        double dy = (((h >>> 16) & 0xFFFF) / 65535.0 - 0.5) * 2 * jitter;
        return new Coordinate(Math.round((xs[i] + dx) * 1000) / 1000.0, Math.round((ys[j] + dy) * 1000) / 1000.0);
    }

    Polygon cell(int i, int j, GeometryFactory factory) {
        Coordinate a = node(i, j);
        return factory.createPolygon(new Coordinate[] {a, node(i + 1, j), node(i + 1, j + 1), node(i, j + 1), a.copy()});
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
