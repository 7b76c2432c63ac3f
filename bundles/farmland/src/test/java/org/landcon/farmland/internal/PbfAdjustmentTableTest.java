package org.landcon.farmland.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.landcon.farmland.internal.Tables.*;
import static org.landcon.farmland.internal.Township.rect;

import java.util.List;

import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.Table;
import org.junit.jupiter.api.Test;

/**
 * T2 on a township of 旱地 A (grade 7, slope class 2, 1 000 m² 田坎), 水浇地 B (9, class 4), 水田 C
 * (6, class 5) and 宅基地 D, all PBF (40 000 m²). 调出: two touching 50 × 50 plots on A; 调入: all
 * of B with 30 × 50 of C beside it, and a 20 × 20 plot on D.
 */
class PbfAdjustmentTableTest {

    private static Township township() {
        return new Township().land("A", "0103", rect(0, 0, 100, 100), 1000, "GDDB", 7, "GDPDJB", 2)
                .land("B", "0102", 100, 0, "GDDB", 9, "GDPDJB", 4).land("C", "0101", 200, 0, "GDDB", 6, "GDPDJB", 5)
                .land("D", "0702", 300, 0).control(ControlLayers.YJJBNT, "JB-1", rect(0, 0, 400, 100));
    }

    private static Table t2(Township t) {
        return new FarmlandModule().ledger(t.plan()).get(0);
    }

    private static Township adjusted() {
        Township t = township();
        PbfTownship.out(t, "po-1", rect(0, 0, 50, 50), "2026-03-01");
        PbfTownship.out(t, "po-2", rect(50, 0, 50, 50), "2026-03-01");
        PbfTownship.in(t, "pi-1", rect(100, 0, 100, 100), "2026-02-01");
        PbfTownship.in(t, "pi-2", rect(200, 0, 30, 50), "2026-02-01");
        return PbfTownship.in(t, "pi-3", rect(300, 0, 20, 20), "2026-02-01");
    }

    private static void assertOutIn(Table t, String key, double out, double in) {
        List<Object> row = row(t, "key", key);
        assertCell(out, t, row, "out");
        assertCell(in, t, row, "in");
    }

    @Test
    void sidesAreReportedAsOnTheReviewForm() {
        Table t = t2(adjusted());
        assertEquals("T2", t.id());
        assertEquals("永久基本农田调整表", t.titleZh());
        assertOutIn(t, "area-ha", 0.5, 1.19);
        assertOutIn(t, "area-mu", 7.5, 17.85);
        assertOutIn(t, "ratio", 12.5, 29.75);
        assertOutIn(t, "mean-grade", 7, (9 * 10000 + 6 * 1500) / 11500.0);
        assertOutIn(t, "patches", 1, 2);
        assertOutIn(t, "mean-patch-area", 7.5, 8.925);
        assertOutIn(t, "class-0101", 0, 2.25);
        assertOutIn(t, "class-0102", 0, 15);
        assertOutIn(t, "class-0103", 6.75, 0);
        assertOutIn(t, "class-other-agricultural", 0.75, 0);
        assertOutIn(t, "class-construction", 0, 0.6);
        assertOutIn(t, "class-unused", 0, 0);
        assertOutIn(t, "slope-0", 7.5, 0);
        assertOutIn(t, "slope-1", 0, 15);
        assertOutIn(t, "slope-2", 0, 2.25);
        assertOutIn(t, "slope-3", 0, 0.6);
        assertOutIn(t, "contiguity-count-0", 0, 1);
        assertOutIn(t, "contiguity-count-1", 1, 0);
        assertOutIn(t, "contiguity-count-2", 0, 1);
        assertOutIn(t, "contiguity-area-1", 7.5, 0);
        assertOutIn(t, "contiguity-area-2", 0, 17.25);
        assertOutIn(t, "high-standard", 0, 0);
    }

    @Test
    void reviewResultsCompareInWithOut() {
        Table t = t2(adjusted());
        assertCell(10.35, t, row(t, "key", "review-quantity"), "change");
        assertCell(138, t, row(t, "key", "review-quantity-pct"), "change");
        assertCell(7 - (9 * 10000 + 6 * 1500) / 11500.0, t, row(t, "key", "review-grade"), "change");
        assertCell(1.425, t, row(t, "key", "review-patch"), "change");
        assertCell(19, t, row(t, "key", "review-patch-pct"), "change");
        assertCell(0, t, row(t, "key", "review-contiguity"), "change");
        assertNull(cell(t, row(t, "key", "review-quantity"), "out"));
    }

    @Test
    void highStandardUnderASupplementIsReportedAlthoughTheOverlapIsAConflict() {
        Township t = township().farmland("hs-1", "high-standard", rect(100, 50, 100, 50));
        Table table = t2(PbfTownship.in(t, "pi-1", rect(100, 0, 100, 100), "2026-02-01"));
        // the overlap (north half of B) is a PLAN-CONFLICT: counted for neither parcel
        assertOutIn(table, "area-mu", 0, 7.5);
        assertOutIn(table, "high-standard", 0, 7.5);
    }

    @Test
    void withoutAdjustmentTheSidesAreZeroAndTheGradeEmpty() {
        Table t = t2(township());
        assertOutIn(t, "area-ha", 0, 0);
        assertNull(cell(t, row(t, "key", "mean-grade"), "out"));
        assertNull(cell(t, row(t, "key", "review-quantity-pct"), "change"));
    }
}
