package org.landcon.report.internal;

import java.util.List;
import java.util.function.Function;

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
        int lastColumn = Math.max(0, columns.size() - 1);
        StringBuilder b = new StringBuilder(XlsxParts.XML_DECLARATION);
        sheetStart(b, table, lastColumn);
        b.append("<row r=\"1\" ht=\"24\" customHeight=\"1\">");
        text(b, 0, 1, Headers.title(table), CellStyle.TITLE);
        b.append("</row>");
        headerRow(b, 2, columns, Headers::zh, CellStyle.HEADER);
        headerRow(b, 3, columns, Headers::en, CellStyle.HEADER_EN);
        int r = HEADER_ROWS;
        for (List<Object> cells : table.rows()) {
            dataRow(b, ++r, columns, cells);
        }
        b.append("</sheetData>");
        if (lastColumn > 0) {
            b.append("<mergeCells count=\"1\"><mergeCell ref=\"A1:").append(CellRef.of(lastColumn, 1)).append("\"/></mergeCells>");
        }
        return b.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .append("</worksheet>").toString();
    }

    /** The worksheet element up to the opening of sheetData: extent, frozen header, column widths. */
    private static void sheetStart(StringBuilder b, Table table, int lastColumn) {
        b.append("<worksheet xmlns=\"").append(XlsxParts.MAIN_NS).append("\" xmlns:r=\"").append(XlsxParts.REL_NS)
                .append("\"><dimension ref=\"A1:").append(CellRef.of(lastColumn, HEADER_ROWS + table.rows().size()))
                .append("\"/><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"").append(HEADER_ROWS)
                .append("\" topLeftCell=\"A").append(HEADER_ROWS + 1)
                .append("\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15\"/>").append(ColumnWidths.of(table).toXml())
                .append("<sheetData>");
    }

    private void headerRow(StringBuilder b, int r, List<Table.Column> columns, Function<Table.Column, String> text,
            CellStyle style) {
        b.append("<row r=\"").append(r).append("\">");
        for (int c = 0; c < columns.size(); c++) {
            text(b, c, r, text.apply(columns.get(c)), style);
        }
        b.append("</row>");
    }

    private void dataRow(StringBuilder b, int r, List<Table.Column> columns, List<Object> cells) {
        b.append("<row r=\"").append(r).append("\">");
        for (int c = 0; c < columns.size(); c++) {
            value(b, c, r, c < cells.size() ? cells.get(c) : null, columns.get(c));
        }
        b.append("</row>");
    }

    /** A number as a numeric cell in its column's format; null or NaN as an empty bordered cell. */
    private void value(StringBuilder b, int c, int r, Object v, Table.Column column) {
        if (v instanceof Number num && Double.isFinite(num.doubleValue())) {
            b.append("<c r=\"").append(CellRef.of(c, r)).append("\" s=\"").append(CellStyle.forNumber(column, num).xf())
                    .append("\"><v>").append(CellText.number(num)).append("</v></c>");
        } else if (v == null || v instanceof Number) {
            b.append("<c r=\"").append(CellRef.of(c, r)).append("\" s=\"").append(CellStyle.TEXT.xf()).append("\"/>");
        } else {
            text(b, c, r, CellText.of(v), CellStyle.TEXT);
        }
    }

    private void text(StringBuilder b, int c, int r, String text, CellStyle style) {
        b.append("<c r=\"").append(CellRef.of(c, r)).append("\" s=\"").append(style.xf()).append("\" t=\"s\"><v>")
                .append(strings.indexOf(text)).append("</v></c>");
    }
}
