package org.landcon.spatial.generator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.landcon.api.model.LandParcel;
import org.landcon.api.plan.LandClasses;
import org.landcon.spatial.generator.Places.Village;
import org.locationtech.jts.geom.Geometry;

/**
 * The DLTB attributes of one polygon (三调 schema): ownership, official area TBMJ, the 田坎
 * deduction on 耕地 by slope class (KCXS 0.02–0.12), slope, terrace type, grade 4–12, 城镇村属性码.
 */
final class SurveyAttributes {
    /** DLTB fields in schema order, as written to the DBF. */
    static final String[] FIELDS = {"BSM", "YSDM", "TBYBH", "TBBH", "DLBM", "DLMC", "QSXZ", "QSDWDM", "QSDWMC",
        "ZLDWDM", "ZLDWMC", "TBMJ", "KCDLBM", "KCXS", "KCMJ", "TBDLMJ", "GDLX", "GDPDJB", "XZDWKD", "TBXHDM", "TBXHMC",
        "ZZSXDM", "ZZSXMC", "GDDB", "FRDBS", "CZCSXM", "SJNF", "MSSM", "HDMC", "BZ"};
    private static final double[][] KCXS_BY_SLOPE = {{0.02, 0.04}, {0.04, 0.06}, {0.06, 0.09}, {0.09, 0.11},
        {0.11, 0.12}};

    private SurveyAttributes() {
    }

    /** Everything a cell needs besides its geometry. */
    record Site(String dlbm, String czcsxm, Village village, double u, boolean riverZone, boolean sandy,
            boolean stateOwned) {
    }

    static LandParcel parcel(String bsm, int tbbh, Site site, double tbmj, Geometry g, SplittableRandom r) {
        Map<String, Object> a = new LinkedHashMap<>();
        String dlbm = site.dlbm();
        boolean cultivated = LandClasses.isCultivated(dlbm);
        a.put("BSM", bsm);
        a.put("YSDM", "2001010100");
        a.put("TBYBH", "");
        a.put("TBBH", String.valueOf(tbbh));
        a.put("DLBM", dlbm);
        a.put("DLMC", LandClassNames.of(dlbm));
        a.put("QSXZ", site.stateOwned() ? "10" : "30");
        a.put("QSDWDM", site.village().code());
        a.put("QSDWMC", site.village().name());
        a.put("ZLDWDM", site.village().code());
        a.put("ZLDWMC", site.village().name());
        double area = round2(tbmj);
        a.put("TBMJ", area);
        Integer slope = cultivated ? slope(site.u(), r) : null;
        double kcxs = 0;
        if (cultivated) {
            double[] range = KCXS_BY_SLOPE[slope - 1];
            kcxs = Math.round((range[0] + r.nextDouble() * (range[1] - range[0])) * 100) / 100.0;
            a.put("KCDLBM", LandClasses.TIANKAN);
        } else {
            a.put("KCDLBM", "");
        }
        double kcmj = round2(area * kcxs);
        a.put("KCXS", kcxs);
        a.put("KCMJ", kcmj);
        a.put("TBDLMJ", round2(area - kcmj));
        String gdlx = slope == null || slope < 2 ? "" : slope >= 3 && r.nextDouble() < 0.35 ? "TT" : "PD";
        a.put("GDLX", gdlx);
        if (slope != null) {
            a.put("GDPDJB", slope);
        }
        a.put("XZDWKD", 0.0);
        String xh = !cultivated ? "" : site.riverZone() ? "HDGD" : site.sandy() ? "SHGD" : "";
        a.put("TBXHDM", xh);
        a.put("TBXHMC", xh.equals("HDGD") ? "河道耕地" : xh.equals("SHGD") ? "沙荒耕地" : "");
        String zz = !cultivated ? "" : r.nextDouble() < 0.8 ? "LS" : r.nextDouble() < 0.75 ? "FLS" : "XG";
        a.put("ZZSXDM", zz);
        a.put("ZZSXMC", switch (zz) { case "LS" -> "粮食作物"; case "FLS" -> "非粮作物"; case "XG" -> "休耕"; default -> ""; });
        Integer grade = cultivated ? grade(dlbm, site.u(), r) : null;
        if (grade != null) {
            a.put("GDDB", grade);
        }
        a.put("FRDBS", "0");
        a.put("CZCSXM", site.czcsxm() == null ? "" : site.czcsxm());
        a.put("SJNF", 2023);
        a.put("MSSM", "00");
        a.put("HDMC", "");
        a.put("BZ", "");
        return new LandParcel(bsm, dlbm, area, kcmj, round2(area - kcmj), grade, gdlx.isEmpty() ? null : gdlx, slope,
                site.czcsxm(), site.village().code(), site.village().name(), a, g);
    }

    /** 坡度级别: flat on the plain, steeper towards the western uplands. */
    private static int slope(double u, SplittableRandom r) {
        double p = r.nextDouble();
        if (u >= 0.33) {
            return p < 0.85 ? 1 : 2;
        }
        return p < 0.45 ? 2 : p < 0.8 ? 3 : p < 0.96 ? 4 : 5;
    }

    /** 耕地质量等别 4–12: paddy best, the irrigated plain good, the dry uplands poor. */
    private static int grade(String dlbm, double u, SplittableRandom r) {
        int g = switch (LandClasses.parent(dlbm)) {
            case "0101" -> 4 + r.nextInt(3);
            case "0102" -> (u > 0.6 ? 5 : 6) + r.nextInt(4);
            default -> 9 + r.nextInt(4);
        };
        return Math.max(4, Math.min(12, g));
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
