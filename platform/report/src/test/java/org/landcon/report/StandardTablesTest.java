package org.landcon.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandBalance;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.Table;
import org.landcon.api.model.Unit;
import org.landcon.api.model.Verdict;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class StandardTablesTest {

    private static final GeometryFactory GF = new GeometryFactory();
    static final Unit UNIT = new Unit("640122101", "通贵乡", "640122", "640000", "EPSG:4523", 2025, 2027,
            null, null);

    /** 0101 and 0103 耕地, 0201K 园地, 0702 宅基地, 1006 农村道路, 1203 田坎; 0702 → 0103 reclaimed. */
    static final LandBalance BALANCE = new LandBalance(
            Map.of("0101", 400_000.0, "0103", 250_000.0, "0201K", 30_000.0, "0702", 60_000.0, "1006", 10_000.0,
                    "1203", 20_000.0),
            Map.of("0101", 400_000.0, "0103", 298_000.0, "0201K", 30_000.0, "0702", 10_000.0, "1006", 10_000.0,
                    "1203", 22_000.0));

    private static List<Object> row(Table t, String code, String name) {
        return t.rows().stream().filter(r -> r.get(0).equals(code) && r.get(1).equals(name)).findFirst().orElseThrow();
    }

    private static double num(List<Object> row, Table t, String key) {
        int i = t.columns().stream().map(Table.Column::key).toList().indexOf(key);
        return ((Number) row.get(i)).doubleValue();
    }

    @Test
    void t1TotalsEqualTheBalanceInHectaresAndMu() {
        Table t = StandardTables.t1(BALANCE);
        List<Object> total = row(t, "", "合计");
        assertEquals(77.0, num(total, t, "beforeHa"), 1e-9);
        assertEquals(77.0 * 15, num(total, t, "beforeMu"), 1e-9);
        assertEquals(77.0, num(total, t, "afterHa"), 1e-9);
        assertEquals(100.0, num(total, t, "beforeShare"), 1e-9);
        List<Object> cultivated = row(t, "", "其中：耕地");
        assertEquals(65.0, num(cultivated, t, "beforeHa"), 1e-9);
        assertEquals(69.8, num(cultivated, t, "afterHa"), 1e-9);
        assertEquals(4.8 * 15, num(cultivated, t, "changeMu"), 1e-9);
        assertEquals(-5.0, num(row(t, "", "其中：建设用地"), t, "changeHa"), 1e-9);
    }

    @Test
    void t1ListsEveryLevel1ClassAndFoldsKCodesIntoTheirLevel2Class() {
        Table t = StandardTables.t1(BALANCE);
        assertEquals(13, t.rows().stream().filter(r -> "一级".equals(r.get(2))).count());
        assertEquals(3.0, num(row(t, "0201", "果园"), t, "beforeHa"), 1e-9);
        assertEquals(3.0, num(row(t, "02", "种植园用地"), t, "beforeHa"), 1e-9);
        assertEquals(0.0, num(row(t, "00", "湿地"), t, "afterHa"), 1e-9);
        // 二级 rows of 耕地 sum to the 一级 row
        double sum = num(row(t, "0101", "水田"), t, "afterHa") + num(row(t, "0103", "旱地"), t, "afterHa");
        assertEquals(num(row(t, "01", "耕地"), t, "afterHa"), sum, 1e-9);
        assertTrue(t.rows().stream().noneMatch(r -> "0102".equals(r.get(0))), "absent 二级 classes are not listed");
    }

    private static ChangeParcel parcel(String id, String sp, String kind, Map<String, Object> props, LocalDate start,
            LocalDate finish, double x) {
        return new ChangeParcel(id, sp, "子项目" + sp, "construction", kind, "0103", 8, 0, "measured", start, finish,
                props, GF.toGeometry(new Envelope(x, x + 100, 0, 200)));
    }

    static List<ChangeParcel> parcels() {
        Map<String, Object> a = new HashMap<>(Map.of("investment", 500, "village", "马家村", "department", "自然资源局",
                "households", 12, "funding", Map.of("central", 300, "bond", 150, "county", 50)));
        Map<String, Object> b = Map.of("investment", 100.5, "village", "李家村",
                "funding", "{\"central\": 40, \"social\": 20}");
        Map<String, Object> c = Map.of("investment", 80, "funding", Map.of("village", 30, "lottery", 10));
        return List.of(parcel("sp-1/1", "sp-1", "demolition", a, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 1), 0),
                parcel("sp-1/2", "sp-1", "resettlement", b, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 1), 200),
                parcel("sp-2/1", "sp-2", "greening", c, LocalDate.of(2026, 5, 1), LocalDate.of(2029, 6, 1), 400));
    }

    @Test
    void t4GroupsParcelsBySubproject() {
        Table t = StandardTables.t4(parcels());
        assertEquals(2, t.rows().size());
        List<Object> sp1 = t.rows().get(0);
        assertEquals("sp-1", sp1.get(0));
        assertEquals("demolition、resettlement", sp1.get(3));
        assertEquals("马家村、李家村", sp1.get(4));
        assertEquals(2, sp1.get(5));
        assertEquals(4.0, num(sp1, t, "areaHa"), 1e-9);
        assertEquals(60.0, num(sp1, t, "areaMu"), 1e-9);
        assertEquals(600.5, num(sp1, t, "investment"), 1e-9);
        assertEquals("中央财政资金 340、县级财政资金 50、专项债券 150、社会资本 20", sp1.get(9));
        assertEquals("2025-04-01", sp1.get(11));
        assertEquals("2026-10-01", sp1.get(12));
        assertNull(t.rows().get(1).get(10), "no department given");
    }

    @Test
    void t4WithPiecesAddsTheOverlayFiguresOfEachSubproject() {
        List<OverlayPiece> pieces = List.of(
                new OverlayPiece("sp-1/1", "D1", "0702", "0103", 1, 20_000, 18_000, 2_000, 20_000, 0, null),
                new OverlayPiece("sp-1/2", "F1", "0103", "0702", 0.5, 5_000, 5_000, 0, 5_000, 0, 9),
                new OverlayPiece("elsewhere/1", "F2", "0103", "0702", 1, 7_000, 7_000, 0, 7_000, 0, 9));
        Table t = StandardTables.t4(parcels(), pieces);
        List<Object> sp1 = t.rows().get(0);
        assertEquals(2.5, num(sp1, t, "officialHa"), 1e-9);
        assertEquals(37.5, num(sp1, t, "officialMu"), 1e-9);
        assertEquals(0.5, num(sp1, t, "cultivatedHa"), 1e-9);
        assertEquals(2.0, num(sp1, t, "newCultivatedHa"), 1e-9);
        assertEquals(1.3, num(sp1, t, "constructionReducedHa"), 1e-9);
        assertEquals(0.0, num(t.rows().get(1), t, "officialHa"), 1e-9);
        assertEquals(600.5, num(sp1, t, "investment"), 1e-9);
    }

    @Test
    void t6BalancesFundingAgainstInvestmentAndReportsTheDebtShare() {
        Table t = StandardTables.t6(parcels());
        List<Object> sp1 = t.rows().get(0);
        assertEquals(340.0, num(sp1, t, "funding.central"), 1e-9);
        assertEquals(560.0, num(sp1, t, "fundingTotal"), 1e-9);
        assertEquals(560.0 - 600.5, num(sp1, t, "balance"), 1e-9);
        assertEquals(150.0 / 560.0, num(sp1, t, "debtShare"), 1e-12);
        assertTrue(t.columns().stream().anyMatch(c -> c.key().equals("funding.lottery")), "unknown source kept");
        List<Object> total = t.rows().get(2);
        assertEquals("合计", total.get(1));
        assertEquals(680.5, num(total, t, "investment"), 1e-9);
        assertEquals(600.0, num(total, t, "fundingTotal"), 1e-9);
    }

    @Test
    void t7MarksMilestonesPerYearAndFlagsWorksOutsideThePeriod() {
        Table t = StandardTables.t7(UNIT, parcels());
        List<String> keys = t.columns().stream().map(Table.Column::key).toList();
        assertEquals(List.of("subproject", "name", "start", "finish", "y2025", "y2026", "y2027", "remark"), keys);
        List<Object> sp1 = t.rows().get(0);
        assertEquals("开工", sp1.get(4));
        assertEquals("完工", sp1.get(5));
        assertNull(sp1.get(6));
        List<Object> sp2 = t.rows().get(1);
        assertEquals("开工", sp2.get(5));
        assertEquals("实施", sp2.get(6));
        assertEquals("完工晚于实施期限 (finishes after 2027)", sp2.get(7));
    }

    static AssembledPlan plan() {
        Verdict cap = Verdict.of("PBF-CAP", Outcome.VIOLATION).figure("ratio", 0.061).figure("cap", 0.05).build();
        Verdict fund = Verdict.of("FUND-BALANCE", Outcome.PASS).figure("investment", 680.5).build();
        return new AssembledPlan(UNIT, List.of(), List.of(), BALANCE,
                Map.of("pbf", Map.of("designated", 600_000.0, "out", 36_600.0, "in", 40_000.0, "ratio", 0.061)),
                List.of(cap, fund), List.of(), List.of(), List.of());
    }

    @Test
    void t1OfAPlanAddsPermanentBasicFarmlandBeforeAndAfter() {
        Table t = StandardTables.t1(plan());
        List<Object> pbf = row(t, "", "其中：永久基本农田");
        assertEquals(60.0, num(pbf, t, "beforeHa"), 1e-9);
        assertEquals(60.34, num(pbf, t, "afterHa"), 1e-9);
        assertEquals(0.34 * 15, num(pbf, t, "changeMu"), 1e-9);
        assertEquals(60.0 / 77.0 * 100, num(pbf, t, "beforeShare"), 1e-9);
    }

    @Test
    void t8TakesTotalsAndVerdictsAndLeavesMissingFiguresEmpty() {
        Table t = StandardTables.t8(plan());
        List<Object> cultivated = row(t, "耕地面积", "Cultivated land");
        assertEquals(65.0, num(cultivated, t, "before"), 1e-9);
        assertEquals(69.8 * 15, num(cultivated, t, "afterMu"), 1e-9);
        List<Object> ratio = row(t, "永久基本农田调整比例", "PBF adjustment ratio");
        assertEquals(6.1, num(ratio, t, "after"), 1e-9);
        assertEquals("违规 PBF-CAP", ratio.get(9));
        assertEquals(60.34, num(row(t, "整治后永久基本农田面积", "PBF after"), t, "after"), 1e-9);
        assertEquals(680.5, num(row(t, "总投资", "Total investment"), t, "after"), 1e-9);
        List<Object> redline = row(t, "生态保护红线面积", "Ecological red line");
        assertNull(redline.get(3));
        assertNull(redline.get(9), "no verdict of a rule the plan was not checked with");
        assertEquals("否", row(t, "方案可否报批", "Plan may be submitted").get(4));
    }
}
