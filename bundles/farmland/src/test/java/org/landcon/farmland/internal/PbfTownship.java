package org.landcon.farmland.internal;

import static org.landcon.farmland.internal.Township.rect;

import org.landcon.api.model.ControlLayers;

/**
 * The township of the PBF tests: 旱地 A (grade 7, TBMJ 10 100 m², the official area being a little
 * more than the planar 10 000), 水浇地 B (grade 9), 水田 C (grade 6), 宅基地 D (no grade), each a
 * 100 × 100 square along x; all four are 永久基本农田 (YJJBNT x 0–400): 40 000 m² designated.
 */
final class PbfTownship {

    private PbfTownship() {
    }

    static Township township() {
        return new Township().land("A", "0103", 0, 0, "GDDB", 7, "TBMJ", 10100.0).land("B", "0102", 100, 0, "GDDB", 9)
                .land("C", "0101", 200, 0, "GDDB", 6).land("D", "0702", 300, 0)
                .control(ControlLayers.YJJBNT, "JB-1", rect(0, 0, 400, 100));
    }

    static Township out(Township t, String id, String wkt, String start) {
        return t.farmland(id, "pbf-out", wkt, "start", start, "finish", start);
    }

    static Township in(Township t, String id, String wkt, String finish) {
        return t.farmland(id, "pbf-in", wkt, "start", "2026-01-01", "finish", finish);
    }
}
