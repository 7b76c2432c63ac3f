package org.landcon.report.internal;

import java.util.List;

import org.landcon.api.model.Table;

/**
 * One worksheet of a table: a title row, the Chinese header with the unit in brackets, the English
 * header under it, frozen above the data, and the rows with numbers kept as numbers.
 */
public final class SheetXml {

    /** Rows above the data: title, Chinese header, English header. */
    public static final int HEADER_ROWS = 3;

    private final SharedStrings strings;

    public SheetXml(SharedStrings strings) {
        this.strings = strings;
    }

    public String toXml(Table table) {
        List<Table.Column> columns = table.columns();
        int n = Math.max(1, columns.size());
        StringBuilder b = new StringBuilder(XlsxParts.XML_DECLARATION).append("<worksheet xmlns=\"")
                .append(XlsxParts.MAIN_NS).append("\" xmlns:r=\"").append(XlsxParts.REL_NS).append("\">")
                .append("<dimension ref=\"A1:").append(CellRef.of(n - 1, HEADER_ROWS + table.rows().size())).append("\"/>")
                .append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"").append(HEADER_ROWS)
                .append("\" topLeftCell=\"A").append(HEADER_ROWS + 1)
                .append("\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15\"/>")
                .append(ColumnWidths.of(table).toXml())
                .append("<sheetData>");
        row(b, 1, "ht=\"24\" customHeight=\"1\"").cell(b, 0, 1, Headers.title(table), CellStyle.TITLE).end(b);
        RowWriter zh = row(b, 2, null);
        for (int c = 0; c < columns.size(); c++) {
            zh.cell(b, c, 2, Headers.zh(columns.get(c)), CellStyle.HEADER);
        }
        zh.end(b);
        RowWriter en = row(b, 3, null);
        for (int c = 0; c < columns.size(); c++) {
            en.cell(b, c, 3, Headers.en(columns.get(c)), CellStyle.HEADER_EN);
        }
        en.end(b);
        int r = HEADER_ROWS;
        for (List<Object> cells : table.rows()) {
            r++;
            RowWriter w = row(b, r, null);
            for (int c = 0; c < columns.size(); c++) {
                w.value(b, c, r, c < cells.size() ? cells.get(c) : null, columns.get(c));
            }
            w.end(b);
        }
        b.append("</sheetData>");
        if (n > 1) {
            b.append("<mergeCells count=\"1\"><mergeCell ref=\"A1:").append(CellRef.of(n - 1, 1)).append("\"/></mergeCells>");
        }
        return b.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .append("</worksheet>").toString();
    }

    private RowWriter row(StringBuilder b, int r, String attributes) {
        b.append("<row r=\"").append(r).append('"');
        if (attributes != null) {
            b.append(' ').append(attributes);
        }
        b.append('>');
        return new RowWriter();
    }

    /** Writes the cells of one row. */
    private final class RowWriter {

        RowWriter cell(StringBuilder b, int c, int r, String text, CellStyle style) {
            b.append("<c r=\"").append(CellRef.of(c, r)).append("\" s=\"").append(style.xf())
                    .append("\" t=\"s\"><v>").append(strings.indexOf(text)).append("</v></c>");
            return this;
        }

        void value(StringBuilder b, int c, int r, Object v, Table.Column column) {
            if (v instanceof Number num && Double.isFinite(num.doubleValue())) {
                b.append("<c r=\"").append(CellRef.of(c, r)).append("\" s=\"").append(CellStyle.forNumber(column, num).xf())
                        .append("\"><v>").append(CellText.number(num)).append("</v></c>");
            } else if (v == null || v instanceof Number) {
                b.append("<c r=\"").append(CellRef.of(c, r)).append("\" s=\"").append(CellStyle.TEXT.xf()).append("\"/>");
            } else {
                cell(b, c, r, CellText.of(v), CellStyle.TEXT);
            }
        }

        void end(StringBuilder b) {
            b.append("</row>");
        }
    }
}
