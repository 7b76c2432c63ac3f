package org.landcon.farmland.internal;

import org.landcon.api.plan.LandClasses;

/**
 * The source (来源) of new 耕地 in T3, from the class of the DLTB under it:
 * <ul>
 * <li>耕地 (0102/0103) → 0101: 旱改水 (new 水田, not new 耕地);</li>
 * <li>0702 农村宅基地: 宅基地复垦; 06* except 0603: 工矿复垦; other 建设用地: 其他建设用地复垦;</li>
 * <li>1203 田坎: 田坎整理; 1202 设施农用地 and the other 非耕农用地 (园地, 林地, 1006, 1104, 1107 …):
 * 农用地整理;</li>
 * <li>04* 草地, the other 12* and the 未利用地 of {@link LandUseCategory}: 未利用地开发.</li>
 * </ul>
 */
enum NewCultivatedSource {
    DRY_TO_PADDY("旱改水", "dry land to paddy"),
    HOMESTEAD("宅基地复垦", "homestead reclamation"),
    MINING("工矿复垦", "industrial and mining land reclamation"),
    CONSTRUCTION("其他建设用地复垦", "other construction land reclamation"),
    TIANKAN("田坎整理", "field-ridge consolidation"),
    AGRICULTURAL("农用地整理", "agricultural land consolidation"),
    UNUSED("未利用地开发", "unused land development");

    final String zh;
    final String en;

    NewCultivatedSource(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    static NewCultivatedSource of(String fromDLBM) {
        String p = LandClasses.parent(fromDLBM);
        if (LandClasses.isCultivated(p)) {
            return DRY_TO_PADDY;
        }
        if ("0702".equals(p)) {
            return HOMESTEAD;
        }
        if (p.startsWith("06") && !"0603".equals(p)) {
            return MINING;
        }
        if (LandClasses.isConstruction(p)) {
            return CONSTRUCTION;
        }
        if (LandClasses.TIANKAN.equals(p)) {
            return TIANKAN;
        }
        if (p.startsWith("04") || (p.startsWith("12") && !"1202".equals(p))
                || LandUseCategory.of(p) == LandUseCategory.UNUSED) {
            return UNUSED;
        }
        return AGRICULTURAL;
    }
}
