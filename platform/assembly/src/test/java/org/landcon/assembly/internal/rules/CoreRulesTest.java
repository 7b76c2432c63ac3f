package org.landcon.assembly.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.ApprovalStep;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.region.RegionalPolicy;
import org.landcon.spatial.plan.OverlaidPlan;
import org.landcon.spatial.plan.PlanPackageBuilder;

/** PLAN-EXTENT, PLAN-CONFLICT, PLAN-GEOMETRY, FUND-BALANCE, PROC-APPROVAL: a passing and a failing plan each. */
class CoreRulesTest {
    static final double X = 35_550_000, Y = 4_260_000;

    static String sq(double dx, double dy, double size) {
        return String.format(java.util.Locale.ROOT, "POLYGON((%1$.2f %2$.2f, %3$.2f %2$.2f, %3$.2f %4$.2f, %1$.2f %4$.2f, %1$.2f %2$.2f))",
                X + dx, Y + dy, X + dx + size, Y + dy + size);
    }

    /** Two 100 m × 100 m 图斑 side by side: the unit is 200 m × 100 m. */
    static PlanPackageBuilder base() {
        return new PlanPackageBuilder("640122101", "640000", "EPSG:4523")
                .land("A", "0102", sq(0, 0, 100)).land("B", "0404", sq(100, 0, 100));
    }

    static OverlaidPlan plan(PlanPackageBuilder b) {
        return plan(b, Optional.empty());
    }

    static OverlaidPlan plan(PlanPackageBuilder b, Optional<RegionalPolicy> policy) {
        var pkg = b.build();
        return new OverlaidPlan(pkg, pkg.changeParcels(), policy);
    }

    @Test
    void extentPassesInsideAndFailsWithTheAreaOutside() {
        Verdict pass = new PlanExtentRule().evaluate(plan(base().parcel("p1", sq(10, 10, 50), Map.of("type", "farmland"))));
        assertEquals(Outcome.PASS, pass.outcome());
        Verdict fail = new PlanExtentRule().evaluate(plan(base().parcel("p1", sq(180, 10, 40), Map.of("type", "farmland"))));
        assertEquals(Outcome.VIOLATION, fail.outcome());
        assertEquals(800.0, (double) fail.figures().get("outsideArea"), 0.01); // 20 m × 40 m beyond x = 200
        assertEquals(List.of("p1"), fail.features());
    }

    @Test
    void conflictFindsOverlapsAboveTheToleranceOnly() {
        Verdict touching = new PlanConflictRule().evaluate(plan(base()
                .parcel("p1", sq(0, 0, 50), Map.of()).parcel("p2", sq(50, 0, 50), Map.of())));
        assertEquals(Outcome.PASS, touching.outcome());
        OverlaidPlan overlapping = plan(base().parcel("p1", sq(0, 0, 50), Map.of("toDLBM", "0301"))
                .parcel("p2", sq(40, 0, 50), Map.of("toDLBM", "0702")));
        Verdict fail = new PlanConflictRule().evaluate(overlapping);
        assertEquals(Outcome.VIOLATION, fail.outcome());
        assertEquals(500.0, (double) fail.figures().get("overlapArea"), 0.01); // 10 m × 50 m
        assertEquals(List.of("p1", "p2"), fail.features());
        // the overlap is counted for neither target: 0301 gets 2 000 m², 0702 gets 2 000 m²
        assertEquals(2000.0, overlapping.balance().after().get("0301"), 0.01);
        assertEquals(2000.0, overlapping.balance().after().get("0702"), 0.01);
    }

    @Test
    void geometryNamesTheInvalidParcelAndWhy() {
        Verdict pass = new PlanGeometryRule().evaluate(plan(base().parcel("p1", sq(10, 10, 50), Map.of())));
        assertEquals(Outcome.PASS, pass.outcome());
        String bowtie = String.format(java.util.Locale.ROOT, "POLYGON((%1$.0f %2$.0f, %3$.0f %4$.0f, %3$.0f %2$.0f, %1$.0f %4$.0f, %1$.0f %2$.0f))",
                X + 10, Y + 10, X + 60, Y + 60);
        Verdict fail = new PlanGeometryRule().evaluate(plan(base().parcel("bad", bowtie, Map.of())));
        assertEquals(Outcome.VIOLATION, fail.outcome());
        assertEquals(List.of("bad"), fail.features());
        assertEquals(true, fail.messageEn().contains("bad: Self-intersection"), fail.messageEn());
    }

    @Test
    void fundBalanceComparesFundingWithInvestmentPerSubproject() {
        Verdict pass = new FundBalanceRule().evaluate(plan(base().parcel("p1", sq(10, 10, 50), Map.of("subproject", "SP1",
                "investment", 500, "funding", Map.of("central", 300, "bond", 200)))));
        assertEquals(Outcome.PASS, pass.outcome());
        assertEquals(0.4, (double) pass.figures().get("debtShare"), 1e-9);
        Verdict fail = new FundBalanceRule().evaluate(plan(base().parcel("p1", sq(10, 10, 50), Map.of("subproject", "SP1",
                "investment", 500, "funding", "{\"county\": 120}"))));
        assertEquals(Outcome.VIOLATION, fail.outcome());
        assertEquals(380.0, (double) fail.figures().get("gap"), 1e-9);
        assertEquals(List.of("SP1"), fail.features());
        assertEquals(Outcome.NOT_APPLICABLE, new FundBalanceRule().evaluate(plan(base())).outcome());
    }

    @Test
    void approvalChainGrowsWithQuotaTransferAndPbfAdjustment() {
        RegionalPolicy policy = new TestPolicy();
        Verdict plain = new ProcApprovalRule().evaluate(plan(base().parcel("p1", sq(10, 10, 50), Map.of()), Optional.of(policy)));
        assertEquals(Outcome.INFO, plain.outcome());
        assertEquals(List.of("county", "region-nr"), plain.figures().get("chain"));
        Verdict both = new ProcApprovalRule().evaluate(plan(base()
                .parcel("p1", sq(10, 10, 40), Map.of("kind", "pbf-out"))
                .parcel("p2", sq(110, 10, 40), Map.of("kind", "demolition", "transferTo", "640181")), Optional.of(policy)));
        assertEquals(List.of("county", "region-nr", "region-gov", "ministry-filing"), both.figures().get("chain"));
        Verdict none = new ProcApprovalRule().evaluate(plan(base()));
        assertEquals(Outcome.WARNING, none.outcome());
    }

    static final class TestPolicy implements RegionalPolicy {
        public String regionCode() { return "640000"; }
        public String nameZh() { return "测试区"; }
        public String nameEn() { return "test region"; }
        public double pbfAdjustmentCap() { return 0.05; }
        public double udbTolerance() { return 0; }
        public double consentThreshold() { return 2.0 / 3; }
        public List<ApprovalStep> approvalChain(boolean quota, boolean pbf) {
            var steps = new java.util.ArrayList<>(List.of(new ApprovalStep("county", "县级人民政府", "county government", false),
                    new ApprovalStep("region-nr", "自治区自然资源厅", "regional NR department", false)));
            if (quota) steps.add(new ApprovalStep("region-gov", "自治区人民政府", "regional government", false));
            if (pbf) steps.add(new ApprovalStep("ministry-filing", "自然资源部备案", "ministry filing", true));
            return steps;
        }
    }
}
