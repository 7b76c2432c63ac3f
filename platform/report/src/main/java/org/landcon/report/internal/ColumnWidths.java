package org.landcon.report.internal;

import java.util.List;
import java.util.Locale;

import org.landcon.api.model.Table;

/** Column widths from the widest header or value, CJK characters counted double. */
public final class ColumnWidths {

    private static final int MIN = 8;
    private static final int MAX = 60;
    private final int[] widths;

    private ColumnWidths(int[] widths) {
        this.widths = widths;
    }

    public static ColumnWidths of(Table table) {
        List<Table.Column> columns = table.columns();
        int[] w = new int[columns.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = Math.max(DisplayWidth.of(Headers.zh(columns.get(c))), DisplayWidth.of(Headers.en(columns.get(c))));
        }
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < Math.min(w.length, row.size()); c++) {
                w[c] = Math.max(w[c], DisplayWidth.of(shown(row.get(c), columns.get(c))));
            }
        }
        return new ColumnWidths(w);
    }

    /** The width of 0-based column {@code c} in characters, with a margin, between 8 and 60. */
    public double width(int c) {
        return Math.min(MAX, Math.max(MIN, widths[c] + 2));
    }

    public String toXml() {
        if (widths.length == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder("<cols>");
        for (int c = 0; c < widths.length; c++) {
            b.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", width(c))).append("\" customWidth=\"1\"/>");
        }
        return b.append("</cols>").toString();
    }

    private static String shown(Object v, Table.Column column) {
        if (v == null) {
            return "";
        }
        return v instanceof Number n ? CellText.shown(n, CellStyle.forNumber(column, n)) : CellText.of(v);
    }
}
