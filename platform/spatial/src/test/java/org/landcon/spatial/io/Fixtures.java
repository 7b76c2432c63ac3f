package org.landcon.spatial.io;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Small builders for test data: WKT geometries, attribute maps and DLTB-like layers in EPSG:4523. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Geometry wkt(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }

    /** A square of side {@code size} m with its lower-left corner at zone-35 coordinates (x, y). */
    public static Geometry square(double x, double y, double size) {
        return wkt(String.format(java.util.Locale.ROOT, "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))", x, y,
                x + size, y, x + size, y + size, x, y + size, x, y));
    }

    /** Key/value pairs in order, nulls allowed. */
    public static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** One DLTB feature with the official fields; KCMJ 0 and TBDLMJ = TBMJ. */
    public static Feature dltb(String bsm, String dlbm, String dlmc, double tbmj, Geometry g) {
        return new Feature(null, props("BSM", bsm, "DLBM", dlbm, "DLMC", dlmc, "QSDWDM", "6401221010010000000",
                "QSDWMC", "王家村", "TBMJ", tbmj, "KCMJ", 0.0, "TBDLMJ", tbmj, "GDDB", 7, "SJNF",
                LocalDate.of(2023, 12, 31)), g);
    }

    /** A small DLTB layer of two 100 m squares (1 ha each) and one with a hole, Chinese names. */
    public static FeatureLayer dltbLayer() {
        return FeatureLayer.of("DLTB.shp", Crs.of(4523), List.of(
                dltb("1", "0101", "水田", 10000.0, square(35500000, 4200000, 100)),
                dltb("2", "0103", "旱地", 10000.0, square(35500100, 4200000, 100)),
                dltb("3", "1104A", "养殖坑塘", 9600.0, wkt("POLYGON((35500200 4200000, 35500300 4200000, "
                        + "35500300 4200100, 35500200 4200100, 35500200 4200000), (35500240 4200040, "
                        + "35500240 4200060, 35500260 4200060, 35500260 4200040, 35500240 4200040))"))));
    }
}
