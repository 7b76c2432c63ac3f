package org.landcon.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.landcon.api.model.Table;
import org.landcon.api.model.Table.Column;

class XlsxWriterTest {

    private static final Table PBF = new Table("T2", "永久基本农田调整表", "PBF adjustment",
            List.of(new Column("id", "子项目编号", "Sub-project", null), new Column("area", "面积", "Area", "公顷"),
                    new Column("ratio", "调整比例", "Adjustment ratio", "比例"),
                    new Column("households", "搬迁户数", "Households", "户"),
                    new Column("measured", "是否实测", "Measured", null)),
            List.of(Arrays.asList("sp-1", 12.345678, 0.04871234, 12, true),
                    Arrays.asList("sp-2 & <二>", 0.5, null, 3, false)));

    private static final Table LONG = new Table("NX-LEDGER", "宁夏回族自治区增减挂钩节余指标跨县域流转台账[试行]: 2025",
            "Quota transfer ledger", List.of(new Column("c", "县", "County", null)), List.of(List.of("640122")));

    private static Workbook written(List<Table> tables) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(tables, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void sheetsAreNamedByIdAndChineseTitleWithinExcelLimits() throws IOException {
        try (Workbook wb = written(List.of(PBF, LONG, LONG))) {
            assertEquals(3, wb.getNumberOfSheets());
            assertEquals("T2 永久基本农田调整表", wb.getSheetName(0));
            String ledger = wb.getSheetName(1);
            assertTrue(ledger.length() <= 31, ledger);
            assertTrue(ledger.startsWith("NX-LEDGER 宁夏回族自治区"), ledger);
            assertTrue(ledger.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0), ledger);
            assertTrue(wb.getSheetName(2).endsWith("~2"), wb.getSheetName(2));
            assertTrue(wb.getSheetName(2).length() <= 31);
        }
    }

    @Test
    void titleAndHeadersAreChineseFirstWithUnitsAndEnglishBelow() throws IOException {
        try (Workbook wb = written(List.of(PBF))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("T2 永久基本农田调整表  PBF adjustment", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("A1:E1", s.getMergedRegion(0).formatAsString());
            assertEquals("面积（公顷）", s.getRow(1).getCell(1).getStringCellValue());
            assertEquals("调整比例（比例）", s.getRow(1).getCell(2).getStringCellValue());
            assertEquals("Area (ha)", s.getRow(2).getCell(1).getStringCellValue());
            assertTrue(wb.getFontAt(s.getRow(1).getCell(1).getCellStyle().getFontIndex()).getBold());
            assertEquals(3, s.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(s.getPaneInformation().isFreezePane());
        }
    }

    @Test
    void numbersStayNumbersWithTwoOrFourDecimals() throws IOException {
        try (Workbook wb = written(List.of(PBF))) {
            Sheet s = wb.getSheetAt(0);
            Cell area = s.getRow(3).getCell(1);
            assertEquals(CellType.NUMERIC, area.getCellType());
            assertEquals(12.345678, area.getNumericCellValue(), 1e-12);
            assertEquals("0.00", area.getCellStyle().getDataFormatString());
            Cell ratio = s.getRow(3).getCell(2);
            assertEquals(0.04871234, ratio.getNumericCellValue(), 1e-12);
            assertEquals("0.0000", ratio.getCellStyle().getDataFormatString());
            assertEquals(CellType.NUMERIC, s.getRow(3).getCell(3).getCellType());
            assertEquals("0", s.getRow(3).getCell(3).getCellStyle().getDataFormatString());
            assertEquals("是", s.getRow(3).getCell(4).getStringCellValue());
            assertEquals("否", s.getRow(4).getCell(4).getStringCellValue());
            assertEquals("sp-2 & <二>", s.getRow(4).getCell(0).getStringCellValue());
            assertEquals(CellType.BLANK, s.getRow(4).getCell(2).getCellType());
        }
    }

    @Test
    void columnsAreWideEnoughForChineseHeaders() throws IOException {
        try (Workbook wb = written(List.of(PBF))) {
            Sheet s = wb.getSheetAt(0);
            // 调整比例（比例） is 8 CJK characters = 16 widths; Excel counts widths in 1/256 character
            assertTrue(s.getColumnWidth(2) >= 16 * 256, "width " + s.getColumnWidth(2));
        }
    }

    @Test
    void theSameTablesGiveTheSameBytes() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        XlsxWriter.write(List.of(PBF, LONG), a);
        XlsxWriter.write(List.of(PBF, LONG), b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
    }
}
