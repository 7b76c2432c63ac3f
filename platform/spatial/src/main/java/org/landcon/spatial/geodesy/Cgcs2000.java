package org.landcon.spatial.geodesy;

/** The CGCS2000 ellipsoid (国家大地坐标系2000), EPSG:1024: the GRS 80 shape with its own f. */
public final class Cgcs2000 {
    /** Semi-major axis a, m. */
    public static final double A = 6378137.0;
    /** Flattening f. */
    public static final double F = 1 / 298.257222101;
    /** Semi-minor axis b = a(1 − f), m. */
    public static final double B = A * (1 - F);
    /** First eccentricity squared e² = f(2 − f). */
    public static final double E2 = F * (2 - F);
    /** First eccentricity e. */
    public static final double E = Math.sqrt(E2);
    /** EPSG code of geographic CGCS2000. */
    public static final int GEOGRAPHIC_SRID = 4490;

    private Cgcs2000() {
    }
}
