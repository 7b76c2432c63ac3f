package org.landcon.spatial.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.landcon.spatial.io.Crs;

/**
 * The coordinate systems the platform recognises: geographic CGCS2000 (4490), Xian 1980 (4610),
 * Beijing 1954 (4214), and their 3-degree Gauss-Krüger zones 25–45 (central meridian 75°–135° E),
 * each with the zone number in the false easting and without it:
 * <ul>
 * <li>CGCS2000: 4513–4533 (zone prefix), 4534–4554 (500 000 m);</li>
 * <li>Xian 1980: 2349–2369, 2370–2390 (legacy);</li>
 * <li>Beijing 1954: 2401–2421, 2422–2442 (legacy).</li>
 * </ul>
 * Codes and ESRI names checked against PROJ 9 ({@code projinfo -o WKT1_ESRI EPSG:n}).
 *
 * @param centralMeridian NaN for a geographic CRS
 */
public record KnownCrs(int epsg, String esriName, GeodeticDatum datum, double centralMeridian, double falseEasting) {

    private static final List<KnownCrs> ALL = build();

    private static List<KnownCrs> build() {
        List<KnownCrs> all = new ArrayList<>();
        addDatum(all, GeodeticDatum.CGCS2000, "CGCS2000", 4513, 4534);
        addDatum(all, GeodeticDatum.XIAN_1980, "Xian_1980", 2349, 2370);
        addDatum(all, GeodeticDatum.BEIJING_1954, "Beijing_1954", 2401, 2422);
        return List.copyOf(all);
    }

    private static void addDatum(List<KnownCrs> all, GeodeticDatum d, String prefix, int zoned, int plain) {
        all.add(new KnownCrs(d.geographicEpsg, d.esriGeogcs, d, Double.NaN, 0));
        for (int zone = 25; zone <= 45; zone++) {
            double cm = 3.0 * zone;
            all.add(new KnownCrs(zoned + zone - 25, prefix + "_3_Degree_GK_Zone_" + zone, d, cm, zone * 1e6 + 5e5));
            all.add(new KnownCrs(plain + zone - 25, String.format(Locale.ROOT, "%s_3_Degree_GK_CM_%dE", prefix,
                    zone * 3), d, cm, 5e5));
        }
    }

    /** The entry for a code, or {@code null}. */
    public static KnownCrs byEpsg(int epsg) {
        return ALL.stream().filter(k -> k.epsg == epsg).findFirst().orElse(null);
    }

    /** The geographic CRS of a datum. */
    static KnownCrs geographic(GeodeticDatum datum) {
        return byEpsg(datum.geographicEpsg);
    }

    /** The projected CRS of a datum with this central meridian and false easting, or {@code null}. */
    static KnownCrs gaussKruger(GeodeticDatum datum, double centralMeridian, double falseEasting) {
        return ALL.stream().filter(k -> k.datum == datum && k.projected()
                && Math.abs(k.centralMeridian - centralMeridian) < 1e-9 && Math.abs(k.falseEasting - falseEasting) < 1e-3)
                .findFirst().orElse(null);
    }

    public boolean projected() {
        return !Double.isNaN(centralMeridian);
    }

    public Crs crs() {
        return new Crs(epsg, esriName, datum.legacy);
    }
}
