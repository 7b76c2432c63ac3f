package org.landcon.spatial.io.internal;

import java.util.Locale;

import org.landcon.spatial.io.Crs;

/**
 * Matches a parsed .prj to a {@link KnownCrs} by what defines it, not by its name: the GEOGCS datum
 * and ellipsoid, the projection (Gauss_Kruger or Transverse_Mercator), central meridian, false
 * easting, scale factor 1, latitude of origin 0, false northing 0 and metre units. A top-level
 * {@code AUTHORITY["EPSG", n]} of a CRS we do not know is kept, so that messages can name it.
 */
public final class PrjMatcher {

    private PrjMatcher() {
    }

    public static Crs match(WktNode root) {
        KnownCrs known = switch (root.keyword()) {
            case "PROJCS" -> projected(root);
            case "GEOGCS" -> geographic(root);
            default -> null;
        };
        if (known != null) {
            return known.crs();
        }
        WktNode authority = root.child("AUTHORITY");
        if (authority != null && "EPSG".equalsIgnoreCase(authority.name()) && authority.args().size() > 1) {
            String code = String.valueOf(authority.args().get(1)).replaceAll("\\.0$", "");
            if (code.matches("\\d+")) {
                return new Crs(Integer.parseInt(code), root.name(), false);
            }
        }
        return new Crs(0, root.name(), false);
    }

    private static KnownCrs geographic(WktNode geogcs) {
        GeodeticDatum datum = datum(geogcs);
        return datum == null ? null : KnownCrs.geographic(datum);
    }

    private static KnownCrs projected(WktNode projcs) {
        WktNode geogcs = projcs.child("GEOGCS");
        GeodeticDatum datum = geogcs == null ? null : datum(geogcs);
        WktNode projection = projcs.child("PROJECTION");
        if (datum == null || projection == null || !transverseMercator(projection.name()) || !metres(projcs)) {
            return null;
        }
        if (!near(param(projcs, "scale_factor", 1), 1) || !near(param(projcs, "latitude_of_origin", 0), 0)
                || !near(param(projcs, "false_northing", 0), 0)) {
            return null;
        }
        return KnownCrs.gaussKruger(datum, param(projcs, "central_meridian", Double.NaN),
                param(projcs, "false_easting", Double.NaN));
    }

    private static GeodeticDatum datum(WktNode geogcs) {
        WktNode datum = geogcs.child("DATUM");
        WktNode spheroid = datum == null ? null : datum.child("SPHEROID");
        return spheroid == null ? null : GeodeticDatum.match(datum.name(), spheroid.number(1), spheroid.number(2));
    }

    private static boolean transverseMercator(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return n.equals("gausskruger") || n.equals("gausskrueger") || n.equals("transversemercator");
    }

    private static boolean metres(WktNode projcs) {
        WktNode unit = projcs.child("UNIT");
        return unit == null || near(unit.number(1), 1);
    }

    private static double param(WktNode projcs, String key, double fallback) {
        for (WktNode p : projcs.children("PARAMETER")) {
            if (p.name().equalsIgnoreCase(key)) {
                return p.number(1);
            }
        }
        return fallback;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 1e-9;
    }
}
