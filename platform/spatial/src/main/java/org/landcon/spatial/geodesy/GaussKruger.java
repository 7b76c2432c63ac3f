package org.landcon.spatial.geodesy;

import org.locationtech.jts.geom.Coordinate;

/**
 * A Gauss-Krüger (transverse Mercator, scale 1 on the central meridian) projection of CGCS2000,
 * computed with the Krüger series in the third flattening n to order n⁶ (Karney 2011, "Transverse
 * Mercator with an accuracy of a few nanometers"): well below a millimetre inside a 3° zone.
 * <ul>
 * <li>x is the easting (including the false easting, with the zone prefix where the CRS has one),
 * y the northing, both in m;</li>
 * <li>geographic coordinates are (longitude, latitude) in degrees, longitude first as in JTS;</li>
 * <li>{@link #forward} and {@link #inverse} are inverse to each other to better than 1 µm.</li>
 * </ul>
 */
public final class GaussKruger {
    private static final double N = Cgcs2000.F / (2 - Cgcs2000.F);
    /** Rectifying radius A = a/(1+n)·(1 + n²/4 + n⁴/64 + n⁶/256). */
    private static final double RECTIFYING = Cgcs2000.A / (1 + N) * (1 + N * N / 4 + Math.pow(N, 4) / 64
            + Math.pow(N, 6) / 256);
    private static final double[] ALPHA = KrugerSeries.alpha(N);
    private static final double[] BETA = KrugerSeries.beta(N);
    private static final double[] DELTA = KrugerSeries.delta(N);

    private final double centralMeridian;
    private final double falseEasting;

    /**
     * @param centralMeridian central meridian, degrees east
     * @param falseEasting    false easting, m (500 000, plus zone × 1 000 000 where the CRS carries
     *                        the zone prefix)
     */
    public GaussKruger(double centralMeridian, double falseEasting) {
        this.centralMeridian = centralMeridian;
        this.falseEasting = falseEasting;
    }

    /** The projection of a CGCS2000 3-degree zone EPSG:4513–4554 (see {@link GkZone}). */
    public static GaussKruger of(GkZone zone) {
        return new GaussKruger(zone.centralMeridian(), zone.falseEasting());
    }

    public double centralMeridian() {
        return centralMeridian;
    }

    public double falseEasting() {
        return falseEasting;
    }

    /** (longitude, latitude) in degrees → (x easting, y northing) in m. */
    public Coordinate forward(double lon, double lat) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon - centralMeridian);
        double e = Cgcs2000.E;
        double t = Math.sinh(atanh(Math.sin(phi)) - e * atanh(e * Math.sin(phi)));
        double xi0 = Math.atan2(t, Math.cos(lambda));
        double eta0 = atanh(Math.sin(lambda) / Math.sqrt(1 + t * t));
        double xi = xi0;
        double eta = eta0;
        for (int j = 1; j <= 6; j++) {
            xi += ALPHA[j] * Math.sin(2 * j * xi0) * Math.cosh(2 * j * eta0);
            eta += ALPHA[j] * Math.cos(2 * j * xi0) * Math.sinh(2 * j * eta0);
        }
        return new Coordinate(falseEasting + RECTIFYING * eta, RECTIFYING * xi);
    }

    /** (x easting, y northing) in m → (longitude, latitude) in degrees. */
    public Coordinate inverse(double x, double y) {
        double xi = y / RECTIFYING;
        double eta = (x - falseEasting) / RECTIFYING;
        double xi0 = xi;
        double eta0 = eta;
        for (int j = 1; j <= 6; j++) {
            xi0 -= BETA[j] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
            eta0 -= BETA[j] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
        }
        double chi = Math.asin(Math.sin(xi0) / Math.cosh(eta0));
        double phi = chi;
        for (int j = 1; j <= 6; j++) {
            phi += DELTA[j] * Math.sin(2 * j * chi);
        }
        double lambda = Math.atan2(Math.sinh(eta0), Math.cos(xi0));
        return new Coordinate(centralMeridian + Math.toDegrees(lambda), Math.toDegrees(phi));
    }

    private static double atanh(double v) {
        return 0.5 * Math.log((1 + v) / (1 - v));
    }
}
