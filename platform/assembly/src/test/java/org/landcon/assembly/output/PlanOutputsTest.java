package org.landcon.assembly.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.PlanPackage;
import org.landcon.assembly.internal.TestModules;
import org.landcon.assembly.internal.rules.PlanConflictRule;
import org.landcon.spatial.io.ShapefileReader;
import org.landcon.spatial.plan.PlanPackageBuilder;

import com.fasterxml.jackson.databind.JsonNode;

/** What an official opens: plan.json, tables.xlsx (read back with POI), the layers, the map. */
class PlanOutputsTest {
    static final double X = 35_550_000, Y = 4_260_000;

    static String sq(double dx, double dy, double size) {
        return String.format(java.util.Locale.ROOT, "POLYGON((%1$.2f %2$.2f, %3$.2f %2$.2f, %3$.2f %4$.2f, %1$.2f %4$.2f, %1$.2f %2$.2f))",
                X + dx, Y + dy, X + dx + size, Y + dy + size);
    }

    @Test
    void tablesT1TotalsEqualPlanJsonAndLayersCarryTheAfterClasses(@TempDir Path out) throws Exception {
        PlanPackage pkg = new PlanPackageBuilder("640122101", "640000", "EPSG:4523")
                .land("A", "0102", sq(0, 0, 100), 600, Map.of("GDDB", 8, "QSDWMC", "王家村"))
                .land("B", "0702", sq(100, 0, 100), 0, Map.of("QSDWMC", "王家村"))
                .land("C", "0404", sq(200, 0, 100), 0, null)
                .parcel("SP-1/1", sq(100, 0, 100), Map.of("type", "t", "kind", "demolition", "toDLBM", "0103", "toKCXS", 0.05,
                        "name", "拆旧复垦", "subproject", "SP-1", "investment", 100, "funding", Map.of("county", 100)))
                .parcel("SP-2/1", sq(200, 0, 50), Map.of("type", "t", "kind", "greening", "toDLBM", "0305", "subproject", "SP-2"))
                .build();
        AssembledPlan plan = TestModules.assembler("t", List.of(new PlanConflictRule())).assemble(pkg);
        PlanOutputs.write(plan, pkg, out);

        JsonNode json = PlanJson.mapper().readTree(out.resolve("plan.json").toFile());
        double before = sum(json.path("balance").path("before"));
        double after = sum(json.path("balance").path("after"));
        assertEquals(30_000.0, before, 0.01);
        assertEquals(before, after, 1e-6);
        assertEquals(9_400.0, json.path("totals").path("cultivated").path("before").asDouble(), 0.01);
        assertEquals(9_400.0 + 9_500.0, json.path("totals").path("cultivated").path("after").asDouble(), 0.01);

        try (InputStream in = Files.newInputStream(out.resolve("tables.xlsx")); Workbook wb = new XSSFWorkbook(in)) {
            Sheet t1 = wb.getSheet(wb.getSheetName(0));
            assertTrue(t1.getSheetName().startsWith("T1"), t1.getSheetName());
            Row total = rowNamed(t1, "合计");
            assertEquals(before / 10_000, total.getCell(3).getNumericCellValue(), 1e-6, "合计 before, 公顷");
            assertEquals(after / 10_000, total.getCell(6).getNumericCellValue(), 1e-6, "合计 after, 公顷");
            assertEquals(after / 10_000 * 15, total.getCell(7).getNumericCellValue(), 1e-6, "合计 after, 亩");
            Row cultivated = rowNamed(t1, "其中：耕地");
            assertEquals(json.path("totals").path("cultivated").path("after").asDouble() / 10_000,
                    cultivated.getCell(6).getNumericCellValue(), 1e-6);
        }

        var after_ = ShapefileReader.read(out.resolve("layers/DLTB_ZZH.shp"));
        assertEquals(4523, after_.crs().epsg());
        var reclaimed = after_.features().stream().filter(f -> "B-SP-1/1".equals(f.properties().get("BSM"))).findFirst().orElseThrow();
        assertEquals("0103", reclaimed.properties().get("DLBM"));
        assertEquals(9_500.0, ((Number) reclaimed.properties().get("TBDLMJ")).doubleValue(), 0.01);
        double areaAfter = after_.features().stream().mapToDouble(f -> ((Number) f.properties().get("TBMJ")).doubleValue()).sum();
        assertEquals(30_000.0, areaAfter, 0.05, "the after layer still adds up to the unit");
        var fgb = org.landcon.spatial.io.FlatGeobufReader.read(out.resolve("layers/DLTB_ZZH.fgb"));
        assertEquals(4523, fgb.crs().epsg());
        assertEquals(after_.features().size(), fgb.features().size(), "the FlatGeobuf layer holds the same 图斑");
        assertEquals("0103", fgb.features().stream().filter(f -> "B-SP-1/1".equals(f.get("BSM"))).findFirst()
                .orElseThrow().get("DLBM"));
        assertTrue(Files.size(out.resolve("map.png")) > 10_000);
        assertTrue(Files.exists(out.resolve("layers/BHDK.geojson")) && Files.exists(out.resolve("layers/BHDK.cpg")));
    }

    static double sum(JsonNode classes) {
        double s = 0;
        for (JsonNode v : classes) {
            s += v.asDouble();
        }
        return s;
    }

    static Row rowNamed(Sheet sheet, String name) {
        for (Row r : sheet) {
            if (r.getCell(1) != null && name.equals(r.getCell(1).toString())) {
                return r;
            }
        }
        throw new AssertionError("no row " + name);
    }
}
