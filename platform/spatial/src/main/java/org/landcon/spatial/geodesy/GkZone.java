package org.landcon.spatial.geodesy;

/**
 * A CGCS2000 3-degree Gauss-Krüger zone.
 * <ul>
 * <li>EPSG:4513–4533: zones 25–45 (central meridians 75°–135° E), false easting
 * zone × 1 000 000 + 500 000 (the zone prefix, e.g. 35 500 000 for zone 35);</li>
 * <li>EPSG:4534–4554: the same central meridians with false easting 500 000 (no prefix);</li>
 * <li>an unknown SRID is accepted when the easting carries a zone prefix (x ≥ 10 000 000).</li>
 * </ul>
 *
 * @param zone            zone number (central meridian = 3 × zone)
 * @param centralMeridian degrees east
 * @param falseEasting    m
 */
public record GkZone(int zone, double centralMeridian, double falseEasting) {

    /** The zone of a CRS with the zone prefix in the easting: {@code 35} → CM 105°, FE 35 500 000. */
    public static GkZone prefixed(int zone) {
        return new GkZone(zone, 3.0 * zone, zone * 1_000_000.0 + 500_000);
    }

    /** The zone of an EPSG code 4513–4554, or {@code null} when the code is not one of them. */
    public static GkZone ofSrid(int srid) {
        if (srid >= 4513 && srid <= 4533) {
            return prefixed(srid - 4488);
        }
        if (srid >= 4534 && srid <= 4554) {
            int zone = srid - 4509;
            return new GkZone(zone, 3.0 * zone, 500_000);
        }
        return null;
    }

    /** The zone of an EPSG code, else the zone given by the prefix of the easting {@code x}. */
    public static GkZone of(int srid, double x) {
        GkZone byCode = ofSrid(srid);
        if (byCode != null) {
            return byCode;
        }
        if (x >= 10_000_000) {
            return prefixed((int) Math.floor(x / 1_000_000));
        }
        throw new IllegalArgumentException("不是 CGCS2000 三度带高斯-克吕格坐标 (not a CGCS2000 3-degree Gauss-Krüger CRS): EPSG:"
                + srid + ", x = " + x);
    }

    /** The EPSG code of this zone with the prefix (4513–4533), or 0 outside 25–45. */
    public int prefixedSrid() {
        return zone >= 25 && zone <= 45 ? 4488 + zone : 0;
    }
}
