package org.landcon.ecology.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.ecology.internal.Landscape.assertArea;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.rect;
import static org.landcon.testing.Plans.square;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Problem;
import org.landcon.api.model.Table;
import org.landcon.spatial.plan.PlanPackageBuilder;
import org.landcon.testing.Plans;

class EcologyModuleTest {
    private final EcologyModule module = new EcologyModule();

    private static List<String> validate(EcologyModule module, String id, Map<String, Object> p) {
        ChangeParcel parcel = PlanPackageBuilder.changeParcel(id, Landscape.builder().geometry(square(0, 0, 10)), p);
        return module.validate(parcel).stream().map(Problem::toString).toList();
    }

    @Test
    void wellFormedParcelsHaveNoProblem() {
        assertEquals(List.of(), validate(module, "x1", props("kind", "redline-exit", "symbiotic", false,
                "redlineChange", -2500)));
        assertEquals(List.of(), validate(module, "w1", props("kind", "wetland-restoration", "toDLBM", "1106")));
        assertEquals(List.of(), validate(module, "h1", props("kind", "geohazard", "households", 4, "consentRatio", 1)));
    }

    @Test
    void problemsNameParcelAndField() {
        assertEquals(List.of("subprojects.geojson: feature e1, field kind: unknown parcel kind \"afforestation\"; "
                + "ecology knows: mine-restoration, greening, watershed, geohazard, redline-exit, wetland-restoration "
                + "(未知的地块类型 \"afforestation\"，生态保护修复可用：mine-restoration, greening, watershed, geohazard, "
                + "redline-exit, wetland-restoration)"), validate(module, "e1", props("kind", "afforestation")));
        assertEquals(List.of(
                "subprojects.geojson: feature x1, field symbiotic: redline-exit parcel lacks the required property "
                        + "symbiotic (红线内耕地/建设用地退出（redline-exit）地块缺少必填属性 symbiotic)",
                "subprojects.geojson: feature x1, field redlineChange: redlineChange \"some\" must be a number "
                        + "(redlineChange \"some\" 应为数值)"),
                validate(module, "x1", props("kind", "redline-exit", "redlineChange", "some")));
        assertEquals(List.of("subprojects.geojson: feature x2, field symbiotic: symbiotic \"yes\" must be true or false "
                + "(symbiotic \"yes\" 应为 true 或 false)"), validate(module, "x2", props("kind", "redline-exit",
                        "symbiotic", "yes")));
        assertEquals(List.of("subprojects.geojson: feature w2, field toDLBM: wetland-restoration parcel has toDLBM "
                + "\"0103\", which is not a water or wetland class (湿地修复地块的 toDLBM \"0103\" 不是水域或湿地地类)"),
                validate(module, "w2", props("kind", "wetland-restoration", "toDLBM", "0103")));
        assertEquals(List.of("subprojects.geojson: feature m1, field toDLBM: mine-restoration parcel lacks the "
                + "required property toDLBM (矿山生态修复（mine-restoration）地块缺少必填属性 toDLBM)"),
                validate(module, "m1", props("kind", "mine-restoration")));
    }

    @Test
    void ledgerTabulatesRestorationBySubprojectAndClassChange() {
        Table t = module.ledger(Plans.overlay(Landscape.builder()
                .parcel("m1", square(300, 100, 100), props("type", "ecology", "kind", "mine-restoration",
                        "subproject", "sp-e1", "name", "矿山修复", "toDLBM", "0301"))
                .parcel("g2", square(100, 0, 100), props("type", "ecology", "kind", "greening", "subproject", "sp-e2",
                        "name", "国土绿化", "toDLBM", "0305"))
                .parcel("g3", rect(200, 100, 50, 100), props("type", "ecology", "kind", "greening",
                        "subproject", "sp-e2", "name", "国土绿化", "toDLBM", "0301"))
                .parcel("f1", square(0, 100, 100), props("type", "farmland", "kind", "farmland-creation",
                        "toDLBM", "0103")))).get(0);
        assertEquals("ECO-RESTORATION", t.id());
        assertEquals(4, t.rows().size());
        assertEquals(Arrays.asList("sp-e1", "矿山修复", "mine-restoration", "0602", "0301"), t.rows().get(0).subList(0, 5));
        assertArea(10_000, t.rows().get(0).get(5));
        assertArea(10_000, t.rows().get(0).get(6));
        // C2: 9 500 of 0102 and 500 of 田坎 become 10 000 of 灌木林地
        assertEquals(Arrays.asList("sp-e2", "国土绿化", "greening", "0102", "0305"), t.rows().get(1).subList(0, 5));
        assertArea(10_000, t.rows().get(1).get(5));
        assertArea(10_000, t.rows().get(1).get(6));
        // 其他草地 is already ecological: greening it gains nothing
        assertEquals(Arrays.asList("sp-e2", "国土绿化", "greening", "0404", "0301"), t.rows().get(2).subList(0, 5));
        assertArea(5_000, t.rows().get(2).get(5));
        assertArea(0, t.rows().get(2).get(6));
        assertEquals("合计", t.rows().get(3).get(0));
        assertArea(25_000, t.rows().get(3).get(5));
        assertArea(20_000, t.rows().get(3).get(6));
    }
}
