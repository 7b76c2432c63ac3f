package org.landcon.landscape.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.landscape.internal.Hamlet.assertArea;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.rect;
import static org.landcon.testing.Plans.square;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.Problem;
import org.landcon.api.model.Table;
import org.landcon.spatial.plan.PlanPackageBuilder;
import org.landcon.testing.Plans;

class LandscapeModuleTest {
    private final LandscapeModule module = new LandscapeModule();

    private List<String> validate(String id, Map<String, Object> p) {
        return module.validate(PlanPackageBuilder.changeParcel(id, Hamlet.builder().geometry(square(0, 0, 10)), p))
                .stream().map(Problem::toString).toList();
    }

    @Test
    void validationNamesParcelAndField() {
        assertEquals(List.of(), validate("r1", props("kind", "heritage-repair", "repair", true)));
        assertEquals(List.of("subprojects.geojson: feature r2, field repair: repair \"maybe\" must be true or false "
                + "(repair \"maybe\" 应为 true 或 false)"), validate("r2", props("kind", "heritage-repair", "repair", "maybe")));
        assertEquals(List.of("subprojects.geojson: feature v1, field kind: unknown parcel kind \"village\"; landscape "
                + "knows: traditional-village, heritage-repair, old-tree-protection, landscape-improvement "
                + "(未知的地块类型 \"village\"，乡村风貌保护可用：traditional-village, heritage-repair, old-tree-protection, "
                + "landscape-improvement)"), validate("v1", props("kind", "village")));
    }

    @Test
    void ledgerListsTouchedZonesAndTrees() {
        Table t = module.ledger(Plans.overlay(Hamlet.builder()
                .parcel("r1", rect(0, 0, 50, 100), props("type", "landscape", "kind", "heritage-repair"))
                .parcel("d1", rect(50, 0, 30, 100), props("type", "construction", "kind", "demolition", "toDLBM", "0103"))
                .parcel("p1", rect(245, 45, 10, 10), props("type", "landscape", "kind", "old-tree-protection"))))
                .get(0);
        assertEquals("LANDSCAPE-TOUCHED", t.id());
        assertEquals(2, t.rows().size());
        assertEquals(Arrays.asList("LSWHBH", "历史文化保护范围", "Z1", "古村落", "r1, d1"), t.rows().get(0).subList(0, 5));
        assertArea(8_000, t.rows().get(0).get(5));
        assertEquals(Arrays.asList("GSMM", "古树名木", "T1", "旱柳", "p1", null, 0.0, 15.0), t.rows().get(1));
    }
}
