package org.landcon.ecology.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.ecology.internal.Landscape.assertArea;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.rect;
import static org.landcon.testing.Plans.square;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.testing.Plans;

/** ECO-IMPROVE, ECO-DEFOREST and ECO-WATER on official areas. */
class LandUseRulesTest {

    @Test
    void restoringAMineImprovesEcology() {
        Verdict v = new EcologicalLandRule().evaluate(Plans.overlay(Landscape.builder()
                .parcel("m1", square(300, 100, 100), props("type", "ecology", "kind", "mine-restoration",
                        "toDLBM", "0301"))));
        assertEquals(Outcome.PASS, v.outcome());
        // 0301, 0301K, 0404, 1101, 1108 and W1 = 50 000 before
        assertArea(50_000, v.figures().get("before"));
        assertArea(60_000, v.figures().get("after"));
    }

    @Test
    void ploughingGrasslandIsAWarning() {
        Verdict v = new EcologicalLandRule().evaluate(Plans.overlay(Landscape.builder()
                .parcel("f1", square(200, 100, 100), props("type", "farmland", "kind", "farmland-creation",
                        "toDLBM", "0103"))
                .parcel("m1", rect(300, 100, 50, 100), props("type", "ecology", "kind", "mine-restoration",
                        "toDLBM", "0301"))));
        assertEquals(Outcome.WARNING, v.outcome());
        assertArea(-5_000, v.figures().get("change"));
        assertEquals(List.of("f1"), v.features());
        assertEquals("生态用地 50000.00 m² → 45000.00 m²，减少 5000.00 m²", v.message());
    }

    @Test
    void afforestingFarmlandIsNoDeforestation() {
        Verdict v = new DeforestationRule().evaluate(Plans.overlay(Landscape.builder()
                .parcel("g2", square(100, 0, 100), props("type", "ecology", "kind", "greening", "toDLBM", "0301"))));
        assertEquals(Outcome.PASS, v.outcome());
        assertArea(0, v.figures().get("area"));
    }

    @Test
    void forestToFarmlandIsAViolation() {
        Verdict v = new DeforestationRule().evaluate(Plans.overlay(Landscape.builder()
                .parcel("f1", rect(200, 0, 200, 100), props("type", "farmland", "kind", "farmland-creation",
                        "toDLBM", "0103"))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertArea(20_000, v.figures().get("area"));
        assertArea(10_000, v.figures().get("ofWhichK"));
        assertEquals(List.of("f1"), v.features());
    }

    @Test
    void farmlandToWetlandIsFine() {
        Verdict v = new WaterAndWetlandRule().evaluate(Plans.overlay(Landscape.builder()
                .parcel("w1", square(100, 0, 100), props("type", "ecology", "kind", "wetland-restoration",
                        "toDLBM", "1108"))));
        assertEquals(Outcome.PASS, v.outcome());
    }

    @Test
    void buildingOnARiverOrPloughingAMarshIsAViolation() {
        Verdict v = new WaterAndWetlandRule().evaluate(Plans.overlay(Landscape.builder()
                .parcel("n1", square(0, 100, 100), props("type", "construction", "kind", "new-construction",
                        "toDLBM", "1003"))
                .parcel("f2", rect(100, 100, 50, 100), props("type", "farmland", "kind", "farmland-creation",
                        "toDLBM", "0101"))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertArea(15_000, v.figures().get("area"));
        assertEquals(List.of("n1", "f2"), v.features());
        assertEquals("水域或湿地改为建设用地或耕地 15000.00 m²：n1, f2", v.message());
    }
}
