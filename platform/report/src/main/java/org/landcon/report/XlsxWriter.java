package org.landcon.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.landcon.api.model.Table;
import org.landcon.report.internal.SharedStrings;
import org.landcon.report.internal.SheetNames;
import org.landcon.report.internal.SheetXml;
import org.landcon.report.internal.XlsxParts;

/**
 * Writes tables as an .xlsx workbook (Office Open XML) that Excel, WPS and LibreOffice open, with no
 * library beyond the JDK. Each table becomes one sheet:
 * <ul>
 * <li>named by the table's id and Chinese title ({@code T1 整治前后土地利用结构调整表}), cut to 31
 * characters, without {@code []:*?/\}, unique in the workbook;</li>
 * <li>row 1: the title (id, Chinese, English), bold, across all columns;</li>
 * <li>row 2: the Chinese headers with the unit in brackets ({@code 面积（公顷）}), bold;</li>
 * <li>row 3: the English headers ({@code Area (ha)}); rows 1–3 stay frozen while scrolling;</li>
 * <li>then one row per table row: numbers are numeric cells, shown with 2 decimals (公顷, 亩, 万元,
 * %), 4 decimals (unit 比例) or none (counts such as 户, 个, 年); booleans as 是/否; null as an empty
 * cell; a non-finite number as an empty cell.</li>
 * </ul>
 * Columns are as wide as their widest header or value, CJK characters counting double. The bytes
 * written depend only on the tables (fixed entry times), so equal plans give equal files.
 */
public final class XlsxWriter {

    /** A fixed time for every zip entry: reproducible output (2000-01-01, after the DOS epoch). */
    private static final long ENTRY_TIME = 946_684_800_000L;

    private XlsxWriter() {
    }

    /**
     * Writes {@code tables} as one workbook to {@code out}; {@code out} is finished, not closed.
     *
     * @throws IllegalArgumentException when {@code tables} is empty (a workbook needs a sheet)
     */
    public static void write(List<Table> tables, OutputStream out) throws IOException {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one table (工作簿至少需要一张表)");
        }
        SheetNames names = new SheetNames();
        List<String> sheetNames = new ArrayList<>();
        SharedStrings strings = new SharedStrings();
        SheetXml sheets = new SheetXml(strings);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        put(zip, "[Content_Types].xml", XlsxParts.contentTypes(tables.size()));
        put(zip, "_rels/.rels", XlsxParts.ROOT_RELS);
        for (int i = 0; i < tables.size(); i++) {
            sheetNames.add(names.nameFor(tables.get(i)));
            put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheets.toXml(tables.get(i)));
        }
        put(zip, "xl/workbook.xml", XlsxParts.workbook(sheetNames));
        put(zip, "xl/_rels/workbook.xml.rels", XlsxParts.workbookRels(tables.size()));
        put(zip, "xl/styles.xml", XlsxParts.STYLES);
        put(zip, "xl/sharedStrings.xml", strings.toXml());
        zip.finish();
        zip.flush();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
