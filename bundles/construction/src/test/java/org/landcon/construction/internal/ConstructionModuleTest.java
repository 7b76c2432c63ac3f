package org.landcon.construction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.rect;
import static org.landcon.testing.Plans.square;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Problem;
import org.landcon.api.model.Table;
import org.landcon.spatial.plan.OverlaidPlan;
import org.landcon.spatial.plan.PlanPackageBuilder;
import org.landcon.testing.Plans;

class ConstructionModuleTest {
    private final ConstructionModule module = new ConstructionModule();

    private static ChangeParcel parcel(String id, Map<String, Object> p) {
        return PlanPackageBuilder.changeParcel(id, Village.builder().geometry(square(0, 0, 10)), p);
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void wellFormedParcelsHaveNoProblem() {
        assertEquals(List.of(), module.validate(parcel("d1", props("type", "construction", "kind", "demolition",
                "toDLBM", "0103", "households", 12, "consentRatio", 0.95, "transferTo", "640181",
                "start", "2025-07-01", "finish", "2025-10-31"))));
        assertEquals(List.of(), module.validate(parcel("n1", props("kind", "new-construction", "toDLBM", "08H2A"))));
        assertEquals(List.of(), module.validate(parcel("i1", props("kind", "idle-land"))));
    }

    @Test
    void unknownAndMissingKindsAreNamed() {
        assertEquals(List.of("subprojects.geojson: feature x1, field kind: unknown parcel kind \"quota-transfer\"; "
                + "construction knows: demolition, new-construction, resettlement, idle-land "
                + "(未知的地块类型 \"quota-transfer\"，建设用地整理可用：demolition, new-construction, resettlement, idle-land)"),
                lines(module.validate(parcel("x1", props("kind", "quota-transfer")))));
        assertEquals(List.of("subprojects.geojson: feature x2, field kind: missing property kind (parcel kind) "
                + "(缺少属性 kind（地块类型）)"), lines(module.validate(parcel("x2", props()))));
    }

    @Test
    void malformedPropertiesAreEachReported() {
        List<Problem> problems = module.validate(parcel("d9", props("kind", "demolition", "households", "-3",
                "consentRatio", "1.2", "transferTo", "6401", "start", "2025-05-01", "finish", "2025-04-30")));
        assertEquals(List.of(
                "subprojects.geojson: feature d9, field toDLBM: demolition parcel lacks the required property toDLBM "
                        + "(拆旧复垦（demolition）地块缺少必填属性 toDLBM)",
                "subprojects.geojson: feature d9, field households: households \"-3\" must be a non-negative whole number "
                        + "(households \"-3\" 应为非负整数)",
                "subprojects.geojson: feature d9, field consentRatio: consentRatio \"1.2\" must be a number from 0 to 1 "
                        + "(consentRatio \"1.2\" 应为 0 到 1 之间的数)",
                "subprojects.geojson: feature d9, field transferTo: transferTo \"6401\" must be a 6-digit county code "
                        + "(transferTo \"6401\" 应为 6 位县级行政区划代码)",
                "subprojects.geojson: feature d9, field finish: finish 2025-04-30 is before start 2025-05-01 "
                        + "(finish 2025-04-30 早于 start 2025-05-01)"), lines(problems));
        assertEquals(Problem.Severity.ERROR, problems.get(0).severity());
    }

    @Test
    void newConstructionMustTargetConstructionLandAndCannotTransfer() {
        assertEquals(List.of(
                "subprojects.geojson: feature n1, field toDLBM: new-construction parcel has toDLBM \"0103\", which is "
                        + "not a construction land class (建新地块的 toDLBM \"0103\" 不是建设用地地类)",
                "subprojects.geojson: feature n1, field transferTo: only demolition parcels transfer quota; a "
                        + "new-construction parcel must not carry transferTo (只有拆旧复垦地块可流转节余指标，"
                        + "new-construction 地块不应有 transferTo)"),
                lines(module.validate(parcel("n1", props("kind", "new-construction", "toDLBM", "0103",
                        "transferTo", "640181")))));
        assertEquals(List.of("subprojects.geojson: feature n2, field toDLBM: toDLBM \"07x2\" is not a 三调 land class "
                + "code (toDLBM \"07x2\" 不是三调地类编码)"),
                lines(module.validate(parcel("n2", props("kind", "new-construction", "toDLBM", "07x2")))));
    }

    /** H1 and half of M1 demolished, half of F1 and a quarter of F2 built on, H1's quota sent to 640181. */
    static OverlaidPlan linkedProject() {
        return Plans.overlay(Village.builder()
                .parcel("d1", square(0, 0, 100), props("type", "construction", "kind", "demolition", "subproject", "sp-1",
                        "toDLBM", "0103", "households", 8, "consentRatio", 0.95, "resettles", "sp-r",
                        "start", "2025-07-01", "transferTo", "640181", "transferApproval", "宁政函〔2025〕12号",
                        "transferPrice", 300))
                .parcel("d2", rect(100, 200, 50, 100), props("type", "construction", "kind", "demolition",
                        "subproject", "sp-2", "toDLBM", "0404"))
                .parcel("n1", rect(100, 0, 50, 100), props("type", "construction", "kind", "new-construction",
                        "subproject", "sp-3", "toDLBM", "0702", "purpose", "村民住宅"))
                .parcel("n2", square(0, 200, 50), props("type", "construction", "kind", "new-construction",
                        "subproject", "sp-3", "toDLBM", "08H2"))
                .parcel("r1", square(200, 0, 50), props("type", "construction", "kind", "resettlement",
                        "subproject", "sp-r", "toDLBM", "0702", "finish", "2025-06-30")));
    }

    @Test
    void ledgerAccountsDemolitionReclamationAndNewConstruction() {
        List<Table> tables = module.ledger(linkedProject());
        assertEquals(List.of("T5", "T5-DEMOLITION", "T5-TRANSFER"), tables.stream().map(Table::id).toList());
        Table t5 = tables.get(0);
        // 拆旧 H1 10 000 + half of M1 5 000; 复垦 only H1 (0404 其他草地 is 未利用地);
        // 建新 half of F1 (5 000 incl. 500 田坎) + r1 2 500; n2 builds on 0701 and uses no quota
        assertArea(15_000, t5.rows().get(0).get(3));
        assertArea(10_000, t5.rows().get(1).get(3));
        assertArea(7_500, t5.rows().get(2).get(3));
        assertArea(2_500, t5.rows().get(3).get(3));
        assertEquals(List.of("demolished", "reclaimed", "built", "surplus"), t5.rows().stream().map(r -> r.get(0)).toList());
    }

    @Test
    void ledgerListsEachDemolitionWithItsResettlement() {
        Table t = module.ledger(linkedProject()).get(1);
        assertEquals(2, t.rows().size());
        List<Object> d1 = t.rows().get(0);
        assertEquals(List.of("d1", "sp-1", "0702", "0103"), d1.subList(0, 4));
        assertArea(10_000, d1.get(4));
        assertArea(10_000, d1.get(5));
        assertArea(10_000, d1.get(6));
        assertEquals(java.util.Arrays.asList(8.0, 0.95, "sp-r", "2025-06-30", "2025-07-01", true, "640181"),
                d1.subList(7, 14));
        List<Object> d2 = t.rows().get(1);
        assertEquals(List.of("d2", "sp-2", "0602", "0404"), d2.subList(0, 4));
        assertArea(5_000, d2.get(4));
        assertArea(0, d2.get(5));
        assertEquals(null, d2.get(12));
    }

    @Test
    void ledgerListsTransfersWithScopeAndApproval() {
        Table t = module.ledger(linkedProject()).get(2);
        assertEquals(1, t.rows().size());
        List<Object> row = t.rows().get(0);
        assertEquals(List.of("d1", "sp-1", "640181", "cross-county", "跨县域（自治区内）"), row.subList(0, 5));
        assertArea(10_000, row.get(5));
        assertEquals(java.util.Arrays.asList("宁政函〔2025〕12号", 300.0), row.subList(6, 8));
    }

    static void assertArea(double expected, Object actual) {
        assertEquals(expected, ((Number) actual).doubleValue(), 0.01);
    }
}
