package org.landcon.spatial.overlay;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Area of the intersection of any polygon with a convex one, by Sutherland–Hodgman clipping of
 * each ring against the convex polygon's edges: no noding, no topology, O(n·m).
 * <ul>
 * <li>exact in the sense of floating point: the clipped rings' degenerate connecting edges add no
 * area, so the area of (shell ∩ C) − Σ (hole ∩ C) is the intersection area even for a concave
 * subject;</li>
 * <li>computed in a frame centred on the convex polygon, so that large projected coordinates
 * (x ≈ 35 500 000) lose no precision;</li>
 * <li>only for a convex polygon without holes: {@link #of} returns {@code null} otherwise.</li>
 * </ul>
 */
final class ConvexClip {
    private final double ox;
    private final double oy;
    /** Vertices counter-clockwise, local frame, not closed. */
    private final double[] cx;
    private final double[] cy;

    private ConvexClip(double ox, double oy, double[] cx, double[] cy) {
        this.ox = ox;
        this.oy = oy;
        this.cx = cx;
        this.cy = cy;
    }

    /** The clipper of {@code g} when it is a convex polygon without holes, else {@code null}. */
    static ConvexClip of(Geometry g) {
        if (!(g instanceof Polygon p) || p.getNumInteriorRing() > 0 || p.isEmpty()) {
            return null;
        }
        Coordinate[] c = p.getExteriorRing().getCoordinates();
        int n = c.length - 1;
        double ox = c[0].x;
        double oy = c[0].y;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = c[i].x - ox;
            ys[i] = c[i].y - oy;
        }
        int sign = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            int k = (i + 2) % n;
            double cross = (xs[j] - xs[i]) * (ys[k] - ys[j]) - (ys[j] - ys[i]) * (xs[k] - xs[j]);
            int s = cross > 0 ? 1 : cross < 0 ? -1 : 0;
            if (s != 0 && sign != 0 && s != sign) {
                return null;
            }
            sign = s == 0 ? sign : s;
        }
        if (sign == 0) {
            return null;
        }
        if (sign < 0) {
            reverse(xs);
            reverse(ys);
        }
        return new ConvexClip(ox, oy, xs, ys);
    }

    /** Area of {@code subject} ∩ this polygon, m². */
    double intersectionArea(Polygon subject) {
        double area = Math.abs(clippedArea(subject.getExteriorRing()));
        for (int h = 0; h < subject.getNumInteriorRing(); h++) {
            area -= Math.abs(clippedArea(subject.getInteriorRingN(h)));
        }
        return Math.max(0, area);
    }

    private double clippedArea(LinearRing ring) {
        Coordinate[] c = ring.getCoordinates();
        int n = c.length - 1;
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = c[i].x - ox;
            py[i] = c[i].y - oy;
        }
        int m = n;
        for (int e = 0; e < cx.length && m > 0; e++) {
            double ax = cx[e], ay = cy[e];
            double bx = cx[(e + 1) % cx.length], by = cy[(e + 1) % cx.length];
            double[] qx = new double[2 * m];
            double[] qy = new double[2 * m];
            int q = 0;
            for (int i = 0; i < m; i++) {
                double sx = px[(i + m - 1) % m], sy = py[(i + m - 1) % m];
                double tx = px[i], ty = py[i];
                double ds = (bx - ax) * (sy - ay) - (by - ay) * (sx - ax);
                double dt = (bx - ax) * (ty - ay) - (by - ay) * (tx - ax);
                if (dt >= 0) {
                    if (ds < 0) {
                        double r = ds / (ds - dt);
                        qx[q] = sx + r * (tx - sx);
                        qy[q++] = sy + r * (ty - sy);
                    }
                    qx[q] = tx;
                    qy[q++] = ty;
                } else if (ds >= 0) {
                    double r = ds / (ds - dt);
                    qx[q] = sx + r * (tx - sx);
                    qy[q++] = sy + r * (ty - sy);
                }
            }
            px = qx;
            py = qy;
            m = q;
        }
        double sum = 0;
        for (int i = 0; i < m; i++) {
            int j = (i + 1) % m;
            sum += px[i] * py[j] - px[j] * py[i];
        }
        return sum / 2;
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
