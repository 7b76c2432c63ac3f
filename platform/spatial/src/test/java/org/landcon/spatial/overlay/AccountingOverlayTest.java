package org.landcon.spatial.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.LandBalance;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.PlanPackage;
import org.landcon.spatial.plan.PlanPackageBuilder;

class AccountingOverlayTest {

    /** Two 100 m × 100 m fields of 水浇地 with 4 % 田坎 (TBMJ 10 000, KCMJ 400, TBDLMJ 9 600). */
    private static PlanPackageBuilder twoFields() {
        return new PlanPackageBuilder("640122102", "640000", "EPSG:4523")
                .land("A", "0102", "POLYGON ((35540000 4250000, 35540100 4250000, 35540100 4250100, 35540000 4250100, 35540000 4250000))",
                        400, Map.of())
                .land("B", "0102", "POLYGON ((35540100 4250000, 35540200 4250000, 35540200 4250100, 35540100 4250100, 35540100 4250000))",
                        400, Map.of());
    }

    @Test
    void aParcelOverHalfOfOneFieldMovesHalfOfItsOfficialAreas() {
        PlanPackage pkg = twoFields().parcel("p1",
                "POLYGON ((35540000 4250000, 35540050 4250000, 35540050 4250100, 35540000 4250100, 35540000 4250000))",
                Map.of("toDLBM", "0702")).build();
        List<OverlayPiece> pieces = overlay(pkg);
        assertEquals(1, pieces.size(), "the touching field B makes no piece");
        OverlayPiece p = pieces.get(0);
        assertEquals("A", p.BSM());
        assertEquals(0.5, p.fraction(), 1e-12);
        assertEquals(5_000, p.overlapArea(), 0.01);
        assertEquals(4_800, p.outArea(), 0.01);
        assertEquals(200, p.outDeduction(), 0.01);
        assertEquals(5_000, p.inArea(), 0.01);
        assertEquals(0, p.inDeduction(), 0.01);
        LandBalance b = Balances.of(pkg.landParcels(), pieces);
        assertEquals(19_200 - 4_800, b.after().get("0102"), 0.01);
        assertEquals(800 - 200, b.after().get("1203"), 0.01);
        assertEquals(5_000, b.after().get("0702"), 0.01);
    }

    @Test
    void aTiltedParcelAcrossBothFieldsWithNewDeduction() {
        // a diamond centred on the shared edge: 2 × 2 500 m² in each field
        PlanPackage pkg = twoFields().parcel("p1",
                "POLYGON ((35540100 4250000, 35540150 4250050, 35540100 4250100, 35540050 4250050, 35540100 4250000))",
                Map.of("toDLBM", "0103", "toKCXS", "0.05")).build();
        List<OverlayPiece> pieces = overlay(pkg);
        assertEquals(2, pieces.size());
        for (OverlayPiece p : pieces) {
            assertEquals(2_500, p.overlapArea(), 0.01, p.BSM());
            assertEquals(2_500 * 0.95, p.inArea(), 0.01, p.BSM());
            assertEquals(2_500 * 0.05, p.inDeduction(), 0.01, p.BSM());
        }
    }

    @Test
    void aConcaveParcelOverAConcaveFieldWithAHole() {
        PlanPackage pkg = new PlanPackageBuilder("640122102", "640000", "EPSG:4523")
                .land("L", "0404", "POLYGON ((0 0, 100 0, 100 40, 40 40, 40 100, 0 100, 0 0), (10 10, 20 10, 20 20, 10 20, 10 10))",
                        0, Map.of())
                .parcel("U", "POLYGON ((0 0, 30 0, 30 50, 60 50, 60 0, 90 0, 90 80, 0 80, 0 0))", Map.of("toDLBM", "0103"))
                .build();
        OverlayPiece p = overlay(pkg).get(0);
        // L ∩ U = (0..30 × 0..40 less the hole) + (60..90 × 0..40) + (0..30 × 40..50) + (0..40 × 50..80)
        double expected = 30 * 40 - 100 + 30 * 40 + 30 * 10 + 40 * 30;
        assertEquals(expected, p.overlapArea(), 1e-9);
        assertEquals(expected / (100 * 40 + 40 * 60 - 100), p.fraction(), 1e-12);
    }

    @Test
    void overlappingParcelsCountTheOverlapForNeither() {
        PlanPackage pkg = twoFields()
                .parcel("p1", "POLYGON ((35540000 4250000, 35540060 4250000, 35540060 4250100, 35540000 4250100, 35540000 4250000))",
                        Map.of("toDLBM", "0702"))
                .parcel("p2", "POLYGON ((35540040 4250000, 35540100 4250000, 35540100 4250100, 35540040 4250100, 35540040 4250000))",
                        Map.of("toDLBM", "1006"))
                .build();
        List<Conflict> conflicts = ConflictFinder.find(pkg.changeParcels(), ConflictFinder.TOLERANCE);
        assertEquals(1, conflicts.size());
        assertEquals(2_000, conflicts.get(0).area(), 0.01);
        List<OverlayPiece> pieces = AccountingOverlay.overlay(new SurveyIndex(pkg.landParcels()), pkg.changeParcels(),
                conflicts);
        assertEquals(4_000, pieces.get(0).overlapArea(), 0.01);
        assertEquals(4_000, pieces.get(1).overlapArea(), 0.01);
    }

    private static List<OverlayPiece> overlay(PlanPackage pkg) {
        return AccountingOverlay.overlay(new SurveyIndex(pkg.landParcels()), pkg.changeParcels(), List.of());
    }
}
