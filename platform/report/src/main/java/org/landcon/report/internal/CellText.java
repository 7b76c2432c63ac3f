package org.landcon.report.internal;

import java.math.BigDecimal;

/** How a cell value is written: numbers in plain notation, 是/否 for booleans, text as is. */
public final class CellText {

    private CellText() {
    }

    /** A finite number as the {@code <v>} text of a numeric cell. */
    public static String number(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return n.toString();
        }
        return new BigDecimal(Double.toString(n.doubleValue())).stripTrailingZeros().toPlainString();
    }

    /** A non-numeric value as text; booleans as 是 / 否, which officials read more easily than TRUE. */
    public static String of(Object v) {
        if (v instanceof Boolean bool) {
            return bool ? "是" : "否";
        }
        return v.toString();
    }

    /** The text a number shows with its column's format, to size the column. */
    public static String shown(Number n, CellStyle style) {
        return switch (style) {
            case DECIMAL4 -> String.format(java.util.Locale.ROOT, "%.4f", n.doubleValue());
            case INTEGER -> String.format(java.util.Locale.ROOT, "%.0f", n.doubleValue());
            default -> String.format(java.util.Locale.ROOT, "%.2f", n.doubleValue());
        };
    }
}
