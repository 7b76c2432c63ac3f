package org.landcon.industry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.industry.internal.Farmstead.assertArea;
import static org.landcon.testing.Plans.props;
import static org.landcon.testing.Plans.rect;
import static org.landcon.testing.Plans.square;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.testing.Plans;

class IndustryLandSourceRuleTest {
    private final IndustryLandSourceRule rule = new IndustryLandSourceRule();

    @Test
    void stockLandAndNewLandWithinTheSurplusPass() {
        Verdict v = rule.evaluate(Plans.overlay(Farmstead.withDemolition()
                .parcel("i1", rect(100, 0, 50, 100), props("type", "industry", "kind", "industry-land", "source", "quota",
                        "industry", "枸杞", "toDLBM", "0601"))
                .parcel("i2", square(300, 0, 100), props("type", "industry", "kind", "industry-land", "source", "stock",
                        "industry", "酿酒葡萄", "toDLBM", "05H1"))
                .parcel("a1", square(200, 0, 100), props("type", "industry", "kind", "agri-tourism"))));
        assertEquals(Outcome.PASS, v.outcome());
        assertArea(0, v.figures().get("pbf"));
        assertArea(5_000, v.figures().get("newConstruction"));
        assertArea(10_000, v.figures().get("stock"));
        assertArea(10_000, v.figures().get("surplus"));
        assertEquals(List.of(), v.features());
    }

    @Test
    void industryOnPermanentBasicFarmlandIsAViolation() {
        Verdict v = rule.evaluate(Plans.overlay(Farmstead.withDemolition()
                .parcel("fa1", rect(200, 0, 50, 100), props("type", "industry", "kind", "facility-agriculture",
                        "industry", "冷凉蔬菜", "toDLBM", "1202"))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertArea(5_000, v.figures().get("pbf"));
        assertEquals(List.of("fa1"), v.features());
        assertEquals("产业地块占用永久基本农田 5000.00 m²（fa1）；产业新增建设用地 0.00 m²，节余指标 10000.00 m²", v.message());
    }

    @Test
    void newConstructionBeyondTheSurplusIsAViolation() {
        // 复垦 10 000 − 建新 n1 5 000 = 节余 5 000; industry builds i1 5 000 + a2 5 000
        Verdict v = rule.evaluate(Plans.overlay(Farmstead.withDemolition()
                .parcel("n1", rect(100, 0, 50, 100), props("type", "construction", "kind", "new-construction",
                        "toDLBM", "0702"))
                .parcel("i1", rect(150, 0, 50, 100), props("type", "industry", "kind", "industry-land", "source", "stock",
                        "toDLBM", "0601"))
                .parcel("a2", rect(0, 100, 50, 100), props("type", "industry", "kind", "agri-tourism",
                        "toDLBM", "05H1"))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertArea(10_000, v.figures().get("reclaimed"));
        assertArea(5_000, v.figures().get("built"));
        assertArea(5_000, v.figures().get("surplus"));
        assertArea(10_000, v.figures().get("newConstruction"));
        assertEquals(List.of("i1", "a2"), v.features());
        assertEquals("new construction land for industry 10000.00 m², surplus quota 5000.00 m², beyond the surplus by "
                + "5000.00 m² (i1, a2)", v.messageEn());
    }

    @Test
    void anyNewIndustryLandIsBeyondANegativeSurplus() {
        Verdict v = rule.evaluate(Plans.overlay(Farmstead.builder()
                .parcel("i1", rect(100, 0, 10, 100), props("type", "industry", "kind", "industry-land", "source", "quota",
                        "toDLBM", "0601"))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertArea(1_000, v.figures().get("newConstruction"));
        assertArea(0, v.figures().get("surplus"));
    }

    @Test
    void notApplicableWithoutIndustryParcels() {
        assertEquals(Outcome.NOT_APPLICABLE, rule.evaluate(Plans.overlay(Farmstead.withDemolition())).outcome());
    }
}
