package org.landcon.farmland.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.landcon.farmland.internal.Tables.*;
import static org.landcon.farmland.internal.Township.rect;

import java.util.List;

import org.landcon.api.model.Table;
import org.junit.jupiter.api.Test;

/**
 * T3: 宅基地 A, 采矿用地 B, 裸土地 C, 旱地 D (grade 8), 乔木林地 E and 盐碱地 F, each 1 公顷; new
 * 耕地 from five of them and 旱改水 on D.
 */
class NewCultivatedTableTest {

    private static Table t3() {
        Township t = new Township().land("A", "0702", 0, 0).land("B", "0602", 100, 0).land("C", "1206", 200, 0)
                .land("D", "0103", 300, 0, "GDDB", 8).land("E", "0301", 400, 0).land("F", "1204", 500, 0)
                .farmland("nf-1", "farmland-creation", rect(0, 0, 100, 100), "subproject", "SP-1", "toDLBM", "0101",
                        "toGrade", 6, "measure", "measured", "finish", "2026-10-31", "acceptance", "2026-11-15")
                .farmland("nf-2", "farmland-creation", rect(100, 0, 100, 100), "subproject", "SP-1", "toDLBM", "0103",
                        "toGrade", 9, "toKCXS", 0.1, "measure", "measured", "finish", "2026-09-30")
                .farmland("nf-3", "farmland-creation", rect(200, 0, 100, 50), "subproject", "SP-2", "toDLBM", "0103",
                        "toGrade", 9, "measure", "map")
                .farmland("dp-1", "dry-to-paddy", rect(300, 0, 100, 100), "subproject", "SP-2", "toDLBM", "0101")
                .farmland("nf-4", "farmland-creation", rect(450, 0, 100, 50), "subproject", "SP-2", "toDLBM", "0103",
                        "measure", "measured");
        return new FarmlandModule().ledger(t.plan()).get(1);
    }

    @Test
    void eachParcelAndOriginalClassIsARowWithItsSource() {
        Table t = t3();
        assertEquals("T3", t.id());
        List<Object> homestead = row(t, "parcel", "nf-1");
        assertEquals(List.of("SP-1", "nf-1", "宅基地复垦", "0702", "0101", 1.0, 0.0, 1.0, 15.0, 6, true, "measured",
                "2026-11-15"), homestead);
        List<Object> mine = row(t, "parcel", "nf-2");
        assertEquals("工矿复垦", cell(t, mine, "source"));
        assertCell(1.0, t, mine, "area");
        assertCell(0.1, t, mine, "deduction");
        assertCell(0.9, t, mine, "newArea");
        assertCell(13.5, t, mine, "newAreaMu");
        assertEquals("2026-09-30", cell(t, mine, "date"));
        assertEquals("未利用地开发", cell(t, row(t, "parcel", "nf-3"), "source"));
        List<Object> paddy = row(t, "parcel", "dp-1");
        assertEquals(List.of("旱改水", "0103", "0101", 8, true), List.of(cell(t, paddy, "source"),
                cell(t, paddy, "fromDLBM"), cell(t, paddy, "toDLBM"), cell(t, paddy, "grade"), cell(t, paddy, "paddy")));
        assertEquals("农用地整理", cell(t, row(t, "parcel", "nf-4", "fromDLBM", "0301"), "source"));
        assertCell(0.25, t, row(t, "parcel", "nf-4", "fromDLBM", "0301"), "newArea");
        assertEquals("未利用地开发", cell(t, row(t, "parcel", "nf-4", "fromDLBM", "1204"), "source"));
    }

    @Test
    void summaryRowsGiveNewLandPerClassAndGradeWithPaddyFromDryLandApart() {
        Table t = t3();
        assertCell(1.0, t, row(t, "subproject", "合计", "source", "水田", "grade", 6), "newArea");
        assertCell(1.0, t, row(t, "subproject", "合计", "source", "水田小计"), "newArea");
        assertCell(0.0, t, row(t, "subproject", "合计", "source", "水浇地小计"), "newArea");
        List<Object> grade9 = row(t, "subproject", "合计", "source", "旱地", "grade", 9);
        assertCell(1.5, t, grade9, "area");
        assertCell(1.4, t, grade9, "newArea");
        assertCell(0.5, t, row(t, "subproject", "合计", "source", "旱地", "grade", null), "newArea");
        assertCell(1.9, t, row(t, "subproject", "合计", "source", "旱地小计"), "newArea");
        assertCell(2.9, t, row(t, "subproject", "合计", "source", "新增耕地合计"), "newArea");
        assertCell(43.5, t, row(t, "subproject", "合计", "source", "新增耕地合计"), "newAreaMu");
        assertCell(1.0, t, row(t, "subproject", "合计", "source", "旱改水新增水田"), "newArea");
    }
}
