package org.landcon.report.internal;

import java.util.Map;

import org.landcon.api.model.Table;

/** Header texts: Chinese with the unit in full-width brackets, English with the unit in brackets. */
public final class Headers {

    private static final Map<String, String> UNIT_EN = Map.of("公顷", "ha", "亩", "mu", "万元", "10k yuan",
            "平方米", "m²", "比例", "ratio", "户", "hh", "年", "year", "个", "count");

    private Headers() {
    }

    /** E.g. {@code 面积（公顷）}. */
    public static String zh(Table.Column c) {
        return c.unit() == null || c.unit().isBlank() ? nvl(c.zh()) : nvl(c.zh()) + "（" + c.unit() + "）";
    }

    /** E.g. {@code Area (ha)}. */
    public static String en(Table.Column c) {
        return c.unit() == null || c.unit().isBlank() ? nvl(c.en())
                : nvl(c.en()) + " (" + UNIT_EN.getOrDefault(c.unit(), c.unit()) + ")";
    }

    /** The title row: id, Chinese title, English title. */
    public static String title(Table t) {
        String en = t.titleEn() == null || t.titleEn().isBlank() ? "" : "  " + t.titleEn();
        return (nvl(t.id()) + " " + nvl(t.titleZh())).trim() + en;
    }

    private static String nvl(String s) {
        return s == null ? "" : s;
    }
}
