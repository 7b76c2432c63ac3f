package org.landcon.spatial.io;

import java.util.Locale;

import org.landcon.spatial.io.internal.KnownCrs;
import org.landcon.spatial.io.internal.PrjMatcher;
import org.landcon.spatial.io.internal.WktNode;

/**
 * ESRI .prj files: WKT 1 with or without AUTHORITY, matched to EPSG codes by datum, central
 * meridian and false easting (see {@link #parse(String)}), and written in the ESRI form that GDAL
 * and ArcGIS identify as the same EPSG code.
 */
public final class EsriPrj {

    private EsriPrj() {
    }

    /**
     * The CRS a .prj declares. Recognised: CGCS2000 geographic (4490) and 3-degree Gauss-Krüger
     * zones (4513–4554), Xian 1980 (4610, 2349–2390) and Beijing 1954 (4214, 2401–2442), the last two
     * with {@link Crs#legacy()} set. Anything else gives {@link Crs#epsg()} 0 (or the code of a
     * top-level EPSG AUTHORITY), with the WKT's name.
     */
    public static Crs parse(String wkt) {
        try {
            return PrjMatcher.match(WktNode.parse(wkt));
        } catch (IllegalArgumentException e) {
            String head = wkt.strip();
            return new Crs(0, head.length() > 60 ? head.substring(0, 60) + "…" : head, false);
        }
    }

    /** Whether {@link #write(int)} knows this code. */
    public static boolean canWrite(int epsg) {
        return KnownCrs.byEpsg(epsg) != null;
    }

    /**
     * The ESRI WKT for a code, e.g. for 4523 {@code PROJCS["CGCS2000_3_Degree_GK_Zone_35",GEOGCS[...],
     * PROJECTION["Gauss_Kruger"],...}}.
     *
     * @throws IllegalArgumentException for a code outside {@link #parse(String)}'s list
     */
    public static String write(int epsg) {
        KnownCrs k = KnownCrs.byEpsg(epsg);
        if (k == null) {
            throw new IllegalArgumentException("no ESRI .prj known for EPSG:" + epsg);
        }
        String geogcs = k.datum().geogcsWkt();
        if (!k.projected()) {
            return geogcs;
        }
        return String.format(Locale.ROOT, "PROJCS[\"%s\",%s,PROJECTION[\"Gauss_Kruger\"],"
                + "PARAMETER[\"False_Easting\",%.1f],PARAMETER[\"False_Northing\",0.0],"
                + "PARAMETER[\"Central_Meridian\",%.1f],PARAMETER[\"Scale_Factor\",1.0],"
                + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]", k.esriName(), geogcs,
                k.falseEasting(), k.centralMeridian());
    }
}
