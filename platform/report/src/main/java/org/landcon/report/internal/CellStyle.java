package org.landcon.report.internal;

import java.util.Set;

import org.landcon.api.model.Table;

/**
 * The cell formats of our workbooks; {@link #xf()} is the index into {@code cellXfs} of
 * {@link XlsxParts#STYLES}, so the order here and there must agree.
 */
public enum CellStyle {
    DEFAULT, TITLE, HEADER, HEADER_EN, TEXT, DECIMAL2, DECIMAL4, INTEGER;

    private static final Set<String> RATIO_UNITS = Set.of("比例", "比值", "ratio");
    private static final Set<String> COUNT_UNITS = Set.of("年", "户", "个", "宗", "人", "块", "处");

    public int xf() {
        return ordinal();
    }

    /**
     * The style of a number in {@code column}: ratios (unit 比例) with 4 decimals, counts (户, 个 …)
     * as integers, a column without unit by the value's type (Integer, Long: no decimals), everything
     * else (公顷, 亩, 万元, %) with 2.
     */
    public static CellStyle forNumber(Table.Column column, Number value) {
        String unit = column.unit();
        if (unit != null && RATIO_UNITS.contains(unit)) {
            return DECIMAL4;
        }
        if (unit != null && COUNT_UNITS.contains(unit)) {
            return INTEGER;
        }
        if (unit == null && (value instanceof Integer || value instanceof Long || value instanceof Short)) {
            return INTEGER;
        }
        return DECIMAL2;
    }
}
