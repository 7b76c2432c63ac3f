package org.landcon.industry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.industry.internal.Farmstead.assertArea;
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

class IndustryModuleTest {
    private final IndustryModule module = new IndustryModule();

    private List<String> validate(String id, Map<String, Object> p) {
        return module.validate(PlanPackageBuilder.changeParcel(id, Farmstead.builder().geometry(square(0, 0, 10)), p))
                .stream().map(Problem::toString).toList();
    }

    @Test
    void validationNamesParcelAndField() {
        assertEquals(List.of(), validate("i1", props("kind", "industry-land", "source", "stock", "industry", "枸杞")));
        assertEquals(List.of("subprojects.geojson: feature i2, field source: industry-land parcel lacks the required "
                + "property source (产业用地（industry-land）地块缺少必填属性 source)"),
                validate("i2", props("kind", "industry-land")));
        assertEquals(List.of("subprojects.geojson: feature i3, field source: source \"loan\" must be one of: stock, quota "
                + "(source \"loan\" 应为以下之一：stock（存量建设用地），quota（节余指标）)"),
                validate("i3", props("kind", "industry-land", "source", "loan")));
        assertEquals(List.of("subprojects.geojson: feature s1, field kind: unknown parcel kind \"solar\"; industry knows: "
                + "industry-land, facility-agriculture, agri-tourism (未知的地块类型 \"solar\"，乡村产业导入可用："
                + "industry-land, facility-agriculture, agri-tourism)"), validate("s1", props("kind", "solar")));
    }

    @Test
    void ledgerShowsWhatEachIndustryParcelUses() {
        Table t = module.ledger(Plans.overlay(Farmstead.builder()
                .parcel("i1", rect(100, 0, 50, 100), props("type", "industry", "kind", "industry-land", "subproject",
                        "sp-i", "source", "quota", "industry", "枸杞", "toDLBM", "0601"))
                .parcel("i2", square(300, 0, 100), props("type", "industry", "kind", "industry-land", "subproject",
                        "sp-i", "source", "stock", "industry", "酿酒葡萄", "toDLBM", "05H1"))
                .parcel("fa1", rect(200, 0, 50, 100), props("type", "industry", "kind", "facility-agriculture",
                        "subproject", "sp-f", "toDLBM", "1202")))).get(0);
        assertEquals("IND-LAND", t.id());
        assertEquals(Arrays.asList("i1", "sp-i", "industry-land", "枸杞", "quota", "0601"), t.rows().get(0).subList(0, 6));
        assertAreas(t.rows().get(0), 5_000, 0, 5_000, 0);
        assertEquals(Arrays.asList("i2", "sp-i", "industry-land", "酿酒葡萄", "stock", "05H1"), t.rows().get(1).subList(0, 6));
        assertAreas(t.rows().get(1), 10_000, 10_000, 0, 0);
        assertEquals(Arrays.asList("fa1", "sp-f", "facility-agriculture", null, null, "1202"), t.rows().get(2).subList(0, 6));
        assertAreas(t.rows().get(2), 5_000, 0, 0, 5_000);
    }

    private static void assertAreas(List<Object> row, double area, double stock, double fresh, double pbf) {
        assertArea(area, row.get(6));
        assertArea(stock, row.get(7));
        assertArea(fresh, row.get(8));
        assertArea(pbf, row.get(9));
    }
}
