package org.landcon.examples.region.gansu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.spatial.plan.OverlaidPlan;
import org.landcon.spatial.plan.PlanPackageBuilder;
import org.junit.jupiter.api.Test;

/**
 * GS-PBF-STRICT on a hand-made Gansu township: 旱地 A (slope class 2) and B (slope class 4), each
 * 100 × 100 m, inside 永久基本农田 JB-1 of 40 000 m² (x 0–400): the designated area.
 */
class StrictPbfRuleTest {
    private final StrictPbfRule rule = new StrictPbfRule(4);

    @Test
    void takingOutTwoAndAHalfPercentOffTheSlopesPasses() {
        Verdict v = rule.evaluate(plan("po-1", rect(0, 0, 20, 50)));
        assertEquals(Outcome.PASS, v.outcome());
        assertEquals(1000.00, (double) v.figures().get("outArea"), 0.01);
        assertEquals(40000.00, (double) v.figures().get("designatedArea"), 0.01);
        assertEquals(0.025, (double) v.figures().get("ratio"), 1e-9);
        assertEquals(0.03, (double) v.figures().get("cap"), 1e-12);
        assertEquals("永久基本农田调出符合甘肃要求：调出 1000.00 m²，占划定面积 40000.00 m² 的 2.50%（上限 3.00%）；4 级及以上坡度上调出 0.00 m²",
                v.message());
    }

    @Test
    void fourPercentIsOverTheGansuCapThoughWithinNingxias() {
        Verdict v = rule.evaluate(plan("po-1", rect(0, 0, 40, 40)));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertEquals(0.04, (double) v.figures().get("ratio"), 1e-9);
        assertEquals(List.of("po-1"), v.features());
    }

    @Test
    void anyPbfOutOnSlopeClassFourIsAViolation() {
        Verdict v = rule.evaluate(plan("po-2", rect(150, 0, 10, 10)));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertEquals(100.00, (double) v.figures().get("steepArea"), 0.01);
        assertEquals(List.of("po-2"), v.features());
        assertEquals("PBF out breaks the Gansu rule: 100.00 m² out of 40000.00 m² designated is 0.25% (cap 3.00%); "
                + "100.00 m² out on slope class 4 or steeper", v.messageEn());
    }

    @Test
    void aStricterCapFromConfigurationIsTheOneApplied() {
        PlanPackage pkg = township().parcel("po-1", rect(0, 0, 20, 50), out()).build();
        Verdict v = rule.evaluate(new OverlaidPlan(pkg, pkg.changeParcels(), Optional.of(new GansuPolicy(0.02, 0, 0.8))));
        assertEquals(Outcome.VIOLATION, v.outcome());
        assertEquals(0.02, (double) v.figures().get("cap"), 1e-12);
    }

    @Test
    void withoutPbfOutItIsNotApplicable() {
        PlanPackage pkg = township().build();
        assertEquals(Outcome.NOT_APPLICABLE,
                rule.evaluate(new OverlaidPlan(pkg, pkg.changeParcels(), Optional.of(new GansuPolicy()))).outcome());
    }

    static PlanView plan(String id, String wkt) {
        PlanPackage pkg = township().parcel(id, wkt, out()).build();
        return new OverlaidPlan(pkg, pkg.changeParcels(), Optional.of(new GansuPolicy()));
    }

    static PlanPackageBuilder township() {
        return new PlanPackageBuilder("620102101", "620000", "EPSG:4523")
                .land("A", "0103", rect(0, 0, 100, 100), 0, Map.of("GDPDJB", 2, "GDDB", 7))
                .land("B", "0103", rect(100, 0, 100, 100), 0, Map.of("GDPDJB", 4, "GDDB", 9))
                .land("C", "0101", rect(200, 0, 100, 100), 0, Map.of("GDPDJB", 1, "GDDB", 6))
                .land("D", "0702", rect(300, 0, 100, 100))
                .control(ControlLayers.YJJBNT, "JB-1", rect(0, 0, 400, 100))
                .emptyControl(ControlLayers.STBHHX).emptyControl(ControlLayers.CZKFBJ);
    }

    static Map<String, Object> out() {
        return Map.of("type", "farmland", "kind", "pbf-out", "subproject", "SP-1", "start", "2026-03-01",
                "finish", "2026-06-30");
    }

    static String rect(double x, double y, double w, double h) {
        return String.format(java.util.Locale.ROOT, "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))", x, y, x + w, y,
                x + w, y + h, x, y + h, x, y);
    }
}
