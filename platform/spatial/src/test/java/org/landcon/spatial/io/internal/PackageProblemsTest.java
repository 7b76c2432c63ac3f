package org.landcon.spatial.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.spatial.io.internal.FolderPackageReaderTest.assertProblems;
import static org.landcon.spatial.io.internal.PackageFixture.with;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.api.model.LandParcel;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Problem;
import org.landcon.spatial.io.Feature;
import org.landcon.spatial.io.Fixtures;

/** Every bad input of the package format, with the exact problem a user sees. */
class PackageProblemsTest {

    private static final String DLTB = "basemap/DLTB.shp";

    @TempDir
    Path dir;

    private PackageFixture fixture() {
        return new PackageFixture(dir);
    }

    @Test
    void missingDlbmAndTbmjNameTheParcelsBsm() throws Exception {
        PackageFixture f = fixture();
        f.dltb.set(0, with(f.dltb.get(0), "DLBM", null));
        f.dltb.set(1, with(with(f.dltb.get(1), "TBMJ", null), "TBDLMJ", null));
        f.write();
        assertProblems(dir,
                Problem.error(DLTB, "1", "DLBM", "地类编码 DLBM 为空", "DLBM (land class code) is missing"),
                Problem.error(DLTB, "2", "TBMJ", "图斑面积 TBMJ 为空", "TBMJ (parcel area) is missing"));
    }

    @Test
    void unknownDlbmIsAnError() throws Exception {
        PackageFixture f = fixture();
        f.dltb.set(2, with(f.dltb.get(2), "DLBM", "1104B"));
        f.write();
        assertProblems(dir, Problem.error(DLTB, "3", "DLBM", "地类编码 DLBM“1104B”不在三调工作分类中",
                "DLBM \"1104B\" is not a 三调 land class code"));
    }

    @Test
    void mixingErdiaoAndSandiaoCodesIsOneErrorForTheLayer() throws Exception {
        PackageFixture f = fixture();
        f.dltb.set(1, with(f.dltb.get(1), "DLBM", "013"));
        f.write();
        assertProblems(dir, Problem.error(DLTB, null, "DLBM",
                "DLBM 混用二调三位编码（1 个图斑，如 BSM 2）与三调编码（2 个图斑）",
                "DLBM mixes 3-digit 二调 codes (1 parcels, e.g. BSM 2) with 三调 codes (2 parcels)"));
    }

    @Test
    void anErdiaoOnlyLayerIsMappedWithAWarning() throws Exception {
        PackageFixture f = fixture();
        f.dltb.set(0, with(f.dltb.get(0), "DLBM", "011"));
        f.dltb.set(1, with(f.dltb.get(1), "DLBM", "123"));
        f.dltb.set(2, with(f.dltb.get(2), "DLBM", "114"));
        PlanPackage p = new FolderPackageReader().read(f.write());
        List<LandParcel> parcels = p.landParcels();
        assertEquals(List.of("0101", "1203", "1104"), parcels.stream().map(LandParcel::DLBM).toList());
        assertEquals("011", parcels.get(0).attributes().get("DLBM_ED"));
        assertEquals("0101", parcels.get(0).attributes().get("DLBM"));
        assertEquals(List.of(Problem.warning(DLTB, null, "DLBM", "DLBM 为二调三位编码，已按对照表转换为三调编码（如 011→0101）",
                "DLBM uses 3-digit 二调 codes; mapped to 三调 codes (e.g. 011→0101)")), p.warnings());
    }

    @Test
    void anErdiaoSettlementCodeHasNoSandiaoClass() throws Exception {
        PackageFixture f = fixture();
        f.dltb.replaceAll(x -> with(x, "DLBM", "013"));
        f.dltb.set(2, with(f.dltb.get(2), "DLBM", "203"));
        f.write();
        assertProblems(dir,
                Problem.warning(DLTB, null, "DLBM", "DLBM 为二调三位编码，已按对照表转换为三调编码（如 011→0101）",
                        "DLBM uses 3-digit 二调 codes; mapped to 三调 codes (e.g. 011→0101)"),
                Problem.error(DLTB, "3", "DLBM", "二调地类编码“203”无法对应到唯一的三调地类",
                        "二调 code \"203\" has no single 三调 equivalent"));
    }

    @Test
    void tbdlmjMustBeTbmjMinusKcmjWithinOneSquareDecimetre() throws Exception {
        PackageFixture f = fixture();
        f.dltb.set(0, with(with(f.dltb.get(0), "KCMJ", 500.0), "TBDLMJ", 9500.02));
        f.dltb.set(1, with(with(f.dltb.get(1), "KCMJ", 500.0), "TBDLMJ", 9500.01));
        f.write();
        assertProblems(dir, Problem.error(DLTB, "1", "TBDLMJ", "图斑地类面积 TBDLMJ（9500.02）不等于 TBMJ − KCMJ（9500.00）",
                "TBDLMJ (9500.02) differs from TBMJ − KCMJ (9500.00)"));
    }

    @Test
    void invalidAndEmptyGeometriesAreNamedWithReasonAndPlace() throws Exception {
        PackageFixture f = fixture();
        Feature first = f.dltb.get(0);
        f.dltb.set(0, new Feature(null, first.properties(), Fixtures.wkt("POLYGON((35500000 4200000, 35500100 4200100, "
                + "35500100 4200000, 35500000 4200100, 35500000 4200000))")));
        f.dltb.set(1, new Feature(null, f.dltb.get(1).properties(), null));
        f.write();
        assertProblems(dir,
                Problem.error(DLTB, "1", null, "几何图形无效：自相交，位置 (35500050, 4200050)",
                        "invalid geometry: Self-intersection at (35500050, 4200050)"),
                Problem.error(DLTB, "2", null, "几何图形为空", "the geometry is empty"));
    }

    @Test
    void duplicateBsmAndDuplicateChangeParcelIdsNameBoth() throws Exception {
        PackageFixture f = fixture();
        f.dltb.set(2, with(f.dltb.get(2), "BSM", "1"));
        f.subprojects.set(1, new Feature("sp-1/1", f.subprojects.get(1).properties(), f.subprojects.get(1).geometry()));
        f.write();
        assertProblems(dir,
                Problem.error(DLTB, "1", "BSM", "标识码 BSM“1”重复：第 1 条与第 3 条记录", "duplicate BSM \"1\": records 1 and 3"),
                Problem.error("subprojects.geojson", "sp-1/1", "id", "要素编号“sp-1/1”重复：第 1 个与第 2 个要素",
                        "duplicate feature id \"sp-1/1\": features 1 and 2"));
    }

    @Test
    void changeParcelPropertiesAreChecked() throws Exception {
        PackageFixture f = fixture();
        Feature sp = f.subprojects.get(0);
        f.subprojects.set(0, with(with(with(with(sp, "type", null), "toGrade", 16), "start", "2025/03/01"),
                "toDLBM", "0199"));
        f.write();
        assertProblems(dir,
                Problem.error("subprojects.geojson", "sp-1/1", "type", "缺少属性 type（内容类型）", "property type is missing"),
                Problem.error("subprojects.geojson", "sp-1/1", "toDLBM", "目标地类编码 toDLBM“0199”不在三调工作分类中",
                        "toDLBM \"0199\" is not a 三调 land class code"),
                Problem.error("subprojects.geojson", "sp-1/1", "toGrade", "耕地质量等别 toGrade 应为 1–15 的整数，实际为 16",
                        "toGrade must be a whole number from 1 to 15, found 16"),
                Problem.error("subprojects.geojson", "sp-1/1", "start",
                        "日期 start 应为 ISO 格式（如 2025-03-01），实际为 2025/03/01",
                        "start must be an ISO date (e.g. 2025-03-01), found 2025/03/01"));
    }

    @Test
    void unitJsonFieldsAreAllReported() throws Exception {
        PackageFixture f = fixture();
        f.unitJson = "{\"code\": \"64012210\", \"county\": \"640122\", \"region\": \"640000\", \"crs\": \"EPSG:4326\"}";
        f.write();
        assertProblems(dir,
                Problem.error("unit.json", null, "code", "单元代码 code 应为 9 位数字，实际为 64012210",
                        "code must be 9 digits, found 64012210"),
                Problem.error("unit.json", null, "name", "缺少字段 name（单元名称）", "field name is missing"),
                Problem.error("unit.json", null, "crs", "坐标系 crs 应为 CGCS2000 的 EPSG 代码（EPSG:4490 或 4513–4554），实际为 EPSG:4326",
                        "crs must be a CGCS2000 EPSG code (EPSG:4490 or 4513–4554), found EPSG:4326"),
                Problem.error("unit.json", null, "period", "缺少字段 period（实施期限）", "field period is missing"));
    }

    @Test
    void missingFilesAreAllReportedTogether() throws Exception {
        fixture().write();
        Files.delete(dir.resolve("unit.json"));
        Files.delete(dir.resolve("subprojects.geojson"));
        for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
            Files.delete(dir.resolve("controls/STBHHX." + ext));
        }
        assertProblems(dir,
                Problem.error("unit.json", null, null, "缺少单元文件 unit.json", "unit.json is missing"),
                Problem.error("controls/STBHHX.shp", null, null, "缺少控制线图层 controls/STBHHX（生态保护红线），应为 .shp、.geojson 或 .fgb",
                        "the control layer controls/STBHHX is missing (.shp, .geojson or .fgb)"),
                Problem.error("subprojects.geojson", null, null, "缺少子项目文件 subprojects.geojson",
                        "subprojects.geojson is missing"));
    }
}
