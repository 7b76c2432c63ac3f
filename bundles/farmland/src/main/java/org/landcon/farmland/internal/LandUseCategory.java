package org.landcon.farmland.internal;

import java.util.Set;

import org.landcon.api.plan.LandClasses;

/**
 * The current land class split of the PBF review form (domain.md §4): 耕地 as 水田/水浇地/旱地;
 * 非耕地 as 非耕农用地/建设用地/未利用地, by the 三大类 of the 三调 classes:
 * <ul>
 * <li>建设用地 = the accounting convention's group ({@link LandClasses#isConstruction});</li>
 * <li>未利用地 = 0404 其他草地, 1101 河流水面, 1102 湖泊水面, 1105 沿海滩涂, 1106 内陆滩涂,
 * 1108 沼泽地, 1110 冰川及永久积雪, 1204 盐碱地, 1205 沙地, 1206 裸土地, 1207 裸岩石砾地;</li>
 * <li>非耕农用地 = every other class (园地, 林地, other 草地, 1006, 1104, 1107, 1202, 1203 田坎 …);</li>
 * <li>K and A codes count with their parent class.</li>
 * </ul>
 */
enum LandUseCategory {
    PADDY("0101", "水田", "paddy"),
    IRRIGATED("0102", "水浇地", "irrigated land"),
    DRY("0103", "旱地", "dry land"),
    OTHER_AGRICULTURAL("other-agricultural", "非耕农用地", "other agricultural land"),
    CONSTRUCTION("construction", "建设用地", "construction land"),
    UNUSED("unused", "未利用地", "unused land");

    private static final Set<String> UNUSED_CODES = Set.of("0404", "1101", "1102", "1105", "1106", "1108", "1110",
            "1204", "1205", "1206", "1207");

    final String key;
    final String zh;
    final String en;

    LandUseCategory(String key, String zh, String en) {
        this.key = key;
        this.zh = zh;
        this.en = en;
    }

    static LandUseCategory of(String dlbm) {
        String p = LandClasses.parent(dlbm);
        for (LandUseCategory c : new LandUseCategory[] {PADDY, IRRIGATED, DRY}) {
            if (c.key.equals(p)) {
                return c;
            }
        }
        if (LandClasses.isConstruction(p)) {
            return CONSTRUCTION;
        }
        return UNUSED_CODES.contains(p) ? UNUSED : OTHER_AGRICULTURAL;
    }
}
