package org.landcon.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.landcon.api.model.Table;

/** The standard tables as officials receive them: tables.xlsx read back with POI. */
class StandardWorkbookTest {

    private static XSSFWorkbook workbook() throws IOException {
        List<Table> tables = List.of(StandardTables.t1(StandardTablesTest.plan()),
                StandardTables.t4(StandardTablesTest.parcels()), StandardTables.t6(StandardTablesTest.parcels()),
                StandardTables.t7(StandardTablesTest.UNIT, StandardTablesTest.parcels()),
                StandardTables.t8(StandardTablesTest.plan()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(tables, out);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "tables.xlsx"), out.toByteArray());
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Row rowNamed(Sheet s, int column, String text) {
        for (Row r : s) {
            if (r.getCell(column) != null && r.getCell(column).getCellType() == CellType.STRING
                    && text.equals(r.getCell(column).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + text + " in " + s.getSheetName());
    }

    @Test
    void everyStandardTableIsASheetNamedByIdAndTitle() throws IOException {
        try (XSSFWorkbook wb = workbook()) {
            assertEquals(List.of("T1 整治前后土地利用结构调整表", "T4 子项目安排表", "T6 投资估算与资金平衡表", "T7 实施时序表", "T8 主要指标表"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                            wb.getSheetName(4)));
        }
    }

    @Test
    void t1TotalIsANumericCellInHectaresWithTwoDecimals() throws IOException {
        try (XSSFWorkbook wb = workbook()) {
            Sheet t1 = wb.getSheetAt(0);
            assertEquals("整治前面积（公顷）", t1.getRow(1).getCell(3).getStringCellValue());
            assertEquals("整治前面积（亩）", t1.getRow(1).getCell(4).getStringCellValue());
            Row total = rowNamed(t1, 1, "合计");
            assertEquals(CellType.NUMERIC, total.getCell(3).getCellType());
            assertEquals(77.0, total.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(1155.0, total.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals("0.00", total.getCell(3).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void t6DebtShareIsARatioWithFourDecimals() throws IOException {
        try (XSSFWorkbook wb = workbook()) {
            Sheet t6 = wb.getSheetAt(2);
            Row sp1 = rowNamed(t6, 0, "sp-1");
            int last = sp1.getLastCellNum() - 1;
            assertEquals("债务性资金占比（比例）", t6.getRow(1).getCell(last).getStringCellValue());
            assertEquals(150.0 / 560.0, sp1.getCell(last).getNumericCellValue(), 1e-12);
            assertEquals("0.0000", sp1.getCell(last).getCellStyle().getDataFormatString());
        }
    }
}
