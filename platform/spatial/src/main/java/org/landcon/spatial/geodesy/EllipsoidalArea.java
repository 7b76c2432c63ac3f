package org.landcon.spatial.geodesy;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * 图斑椭球面积: the area of a polygon on the CGCS2000 ellipsoid, as the 国土调查 rules compute the
 * official TBMJ (TD/T 1055, 第三次全国国土调查技术规程).
 * <ul>
 * <li>input in a Gauss-Krüger zone (EPSG:4513–4554, or any SRID whose eastings carry the zone
 * prefix) is projected back vertex by vertex to (B, L); input in EPSG:4490 is taken as
 * (longitude, latitude) in degrees;</li>
 * <li>each edge i → i+1 contributes the ellipsoidal trapezoid between the equator and its mid
 * latitude Bm over its longitude span ΔL: ΔL · G(Bm), where G(B) = (b²/2)·[sin B / (1 − e² sin² B)
 * + ln((1 + e sin B)/(1 − e sin B)) / (2e)] is the area per radian of longitude from the equator
 * to B (the closed form of the standard series 2b²ΔL[A sin(ΔB/2) cos Bm − B sin(3ΔB/2) cos 3Bm
 * + …]); the sum over a closed ring is its area;</li>
 * <li>edges are thus straight in (L, B), vertices are not added: the official method;
 * {@link #of(Geometry, int, double)} densifies first, for the area of the region whose edges are
 * straight in the projected plane;</li>
 * <li>holes are subtracted; a multi-polygon is the sum of its parts; points and lines have 0;</li>
 * <li>the result is in m² and does not depend on ring orientation.</li>
 * </ul>
 */
public final class EllipsoidalArea {
    private static final double E = Cgcs2000.E;
    private static final double E2 = Cgcs2000.E2;
    private static final double B2 = Cgcs2000.B * Cgcs2000.B;

    private EllipsoidalArea() {
    }

    /** The ellipsoidal area in m² of {@code g} given in {@code srid} (a GK zone or 4490). */
    public static double of(Geometry g, int srid) {
        GaussKruger gk = srid == Cgcs2000.GEOGRAPHIC_SRID || g.isEmpty() ? null
                : GaussKruger.of(GkZone.of(srid, g.getCoordinate().x));
        double sum = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                sum += Math.abs(ring(p.getExteriorRing(), gk));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    sum -= Math.abs(ring(p.getInteriorRingN(h), gk));
                }
            }
        }
        return sum;
    }

    /** As {@link #of(Geometry, int)}, with edges first split to at most {@code maxSegment} (CRS units). */
    public static double of(Geometry g, int srid, double maxSegment) {
        return of(org.locationtech.jts.densify.Densifier.densify(g, maxSegment), srid);
    }

    /** G(B): area per radian of longitude between the equator and latitude B (radians), m². */
    static double fromEquator(double lat) {
        double s = Math.sin(lat);
        return B2 / 2 * (s / (1 - E2 * s * s) + Math.log((1 + E * s) / (1 - E * s)) / (2 * E));
    }

    /** Signed area of one ring, m². */
    private static double ring(LinearRing ring, GaussKruger gk) {
        Coordinate[] c = ring.getCoordinates();
        double[] lon = new double[c.length];
        double[] lat = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            Coordinate bl = gk == null ? c[i] : gk.inverse(c[i].x, c[i].y);
            lon[i] = Math.toRadians(bl.x);
            lat[i] = Math.toRadians(bl.y);
        }
        // G relative to the first vertex's latitude keeps the terms small; Σ ΔL = 0 over a ring
        double g0 = fromEquator(lat[0]);
        double sum = 0;
        for (int i = 0; i + 1 < c.length; i++) {
            double dl = lon[i + 1] - lon[i];
            sum += dl * (fromEquator((lat[i] + lat[i + 1]) / 2) - g0);
        }
        return -sum;
    }
}
