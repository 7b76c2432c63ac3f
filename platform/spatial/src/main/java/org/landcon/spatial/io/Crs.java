package org.landcon.spatial.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.landcon.spatial.io.internal.KnownCrs;

/**
 * A coordinate system as declared by a file.
 *
 * @param epsg   the EPSG code, or 0 when the declaration was not recognised
 * @param name   the name given in the file or the known name of the code
 * @param legacy true for Xian 1980 and Beijing 1954 (read, but flagged: 旧坐标系)
 */
public record Crs(int epsg, String name, boolean legacy) {

    private static final Pattern CODE = Pattern.compile("(?i)^(?:EPSG:{1,2}|urn:ogc:def:crs:EPSG:[0-9.]*:|"
            + "https?://www\\.opengis\\.net/def/crs/EPSG/[0-9.]+/)(\\d+)$");

    /** The known CRS for an EPSG code; an unknown code keeps its number with the name {@code EPSG:n}. */
    public static Crs of(int epsg) {
        KnownCrs known = KnownCrs.byEpsg(epsg);
        return known == null ? new Crs(epsg, "EPSG:" + epsg, false) : known.crs();
    }

    /**
     * Parses {@code EPSG:4523}, {@code urn:ogc:def:crs:EPSG::4523} or
     * {@code http://www.opengis.net/def/crs/EPSG/0/4523}; {@code null} when the text is none of these.
     */
    public static Crs parse(String text) {
        Matcher m = text == null ? null : CODE.matcher(text.trim());
        return m != null && m.matches() ? of(Integer.parseInt(m.group(1))) : null;
    }

    /** Whether the declaration was matched to an EPSG code. */
    public boolean recognised() {
        return epsg > 0;
    }

    /** {@code EPSG:n}, or the declared name when not recognised. */
    public String code() {
        return recognised() ? "EPSG:" + epsg : name;
    }
}
