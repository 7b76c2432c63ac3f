package org.landcon.report.internal;

import java.awt.Color;

import org.landcon.api.plan.LandClasses;

/** The colour groups of land classes on maps, after the usual colours of 三调 land-use maps. */
public enum LandClassGroup {
    CULTIVATED("耕地", "Cultivated", new Color(0xF5E15B)),
    PLANTATION("种植园用地", "Plantation", new Color(0xE8AE4C)),
    FOREST("林地", "Forest", new Color(0x2F8F4E)),
    GRASS("草地", "Grassland", new Color(0xB4DD8B)),
    WETLAND("湿地", "Wetland", new Color(0x7ECDBA)),
    WATER("水域", "Water", new Color(0x5B9BD5)),
    SETTLEMENT("城乡建设用地", "Built-up land", new Color(0xE0675B)),
    INFRASTRUCTURE("工矿交通用地", "Mining and transport land", new Color(0x9E9E9E)),
    OTHER("其他土地", "Other land", new Color(0xDDD5C4));

    private final String zh;
    private final String en;
    private final Color color;

    LandClassGroup(String zh, String en, Color color) {
        this.zh = zh;
        this.en = en;
        this.color = color;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public Color color() {
        return color;
    }

    /** The group of a DLBM; wetlands first, since some (0303, 0402) carry a forest or grass code. */
    public static LandClassGroup of(String dlbm) {
        if (dlbm == null || dlbm.isEmpty()) {
            return OTHER;
        }
        String p = LandClasses.parent(dlbm);
        if (LandClasses.isWetland(p)) {
            return WETLAND;
        }
        if (LandClasses.isCultivated(p)) {
            return CULTIVATED;
        }
        if (LandClasses.isConstruction(p)) {
            return p.startsWith("06") || p.startsWith("10") || "1109".equals(p) ? INFRASTRUCTURE : SETTLEMENT;
        }
        return switch (p.length() >= 2 ? p.substring(0, 2) : p) {
            case "02" -> PLANTATION;
            case "03" -> FOREST;
            case "04" -> GRASS;
            case "11" -> WATER;
            default -> OTHER;
        };
    }
}
