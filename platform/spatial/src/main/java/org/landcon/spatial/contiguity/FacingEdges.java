package org.landcon.spatial.contiguity;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.Polygon;

/**
 * A quick, sufficient test that the closing (radius d) of two polygons joins them: an edge of A
 * and an edge of B at their nearest points that face each other, nearly parallel, across a gap
 * narrower than 2d along a stretch longer than about 2d — two fields on either side of a road.
 * <p>
 * Why it suffices: the closing is increasing, so it is enough that the closing of the two edges
 * (subsets of A and B) holds a segment from one edge to the other. Take the middle of the stretch
 * where they face: every point within d of a point p on the cross segment there lies within d of
 * one of the edges, because the gap is at most 2d and the stretch reaches at least d (with a
 * margin for the slope between the edges) either side of p. So the disk of radius d around p lies
 * in the dilation, and p in the closing.
 * <p>
 * When the test fails, nothing follows: the caller computes the closing ({@link PairClosing}).
 */
final class FacingEdges {
    /** At most this sine of the angle between the edges (about 1°). */
    private static final double MAX_SINE = 0.02;

    private FacingEdges() {
    }

    /** Whether facing edges through {@code near[0]} on A and {@code near[1]} on B bridge A and B. */
    static boolean bridge(Geometry a, Geometry b, double d, Coordinate[] near) {
        for (LineSegment sa : edgesThrough(a, near[0])) {
            for (LineSegment sb : edgesThrough(b, near[1])) {
                if (facing(sa, sb, d)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the closing of the two segments holds a segment from one to the other. */
    static boolean facing(LineSegment sa, LineSegment sb, double d) {
        double length = sa.getLength();
        if (length == 0 || sb.getLength() == 0) {
            return false;
        }
        double ux = (sa.p1.x - sa.p0.x) / length;
        double uy = (sa.p1.y - sa.p0.y) / length;
        double vx = (sb.p1.x - sb.p0.x) / sb.getLength();
        double vy = (sb.p1.y - sb.p0.y) / sb.getLength();
        double sine = Math.abs(ux * vy - uy * vx);
        if (sine > MAX_SINE) {
            return false;
        }
        // B's end points in A's frame: along (t) and across (h)
        double t0 = (sb.p0.x - sa.p0.x) * ux + (sb.p0.y - sa.p0.y) * uy;
        double t1 = (sb.p1.x - sa.p0.x) * ux + (sb.p1.y - sa.p0.y) * uy;
        double h0 = (sb.p0.y - sa.p0.y) * ux - (sb.p0.x - sa.p0.x) * uy;
        double h1 = (sb.p1.y - sa.p0.y) * ux - (sb.p1.x - sa.p0.x) * uy;
        double lo = Math.max(0, Math.min(t0, t1));
        double hi = Math.min(length, Math.max(t0, t1));
        // the stretch needed: d either side of the middle, with a margin, plus the shift the slope
        // makes between A and B over the 3d a point near the cross segment can lie from A
        double half = d * 1.1 + 3 * d * sine / Math.sqrt(1 - sine * sine);
        if (hi - lo < 2 * half) {
            return false;
        }
        double mid = (lo + hi) / 2;
        double gapLo = gapAt(mid - half, t0, h0, t1, h1);
        double gapHi = gapAt(mid + half, t0, h0, t1, h1);
        double limit = 2 * d * (1 - 1e-6);
        // the same side throughout, never touching, and narrower than 2d
        return (gapLo > 0 && gapHi > 0 && gapLo <= limit && gapHi <= limit)
                || (gapLo < 0 && gapHi < 0 && -gapLo <= limit && -gapHi <= limit);
    }

    /** The signed distance across from A's line to B's segment at {@code t} along A. */
    private static double gapAt(double t, double t0, double h0, double t1, double h1) {
        return h0 + (h1 - h0) * (t - t0) / (t1 - t0);
    }

    /** The edges of polygon {@code g} that pass through {@code p} (one, or two at a vertex). */
    private static List<LineSegment> edgesThrough(Geometry g, Coordinate p) {
        List<LineSegment> out = new ArrayList<>(2);
        for (int k = 0; k < g.getNumGeometries(); k++) {
            if (g.getGeometryN(k) instanceof Polygon polygon) {
                collect(polygon.getExteriorRing().getCoordinates(), p, out);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    collect(polygon.getInteriorRingN(h).getCoordinates(), p, out);
                }
            }
        }
        return out;
    }

    private static void collect(Coordinate[] ring, Coordinate p, List<LineSegment> out) {
        for (int i = 0; i + 1 < ring.length; i++) {
            LineSegment s = new LineSegment(ring[i], ring[i + 1]);
            if (s.distance(p) <= 1e-9 * Math.max(1, s.getLength())) {
                out.add(s);
            }
        }
    }
}
