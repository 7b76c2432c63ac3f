package org.landcon.api.plan;

import java.util.Set;

/**
 * The class groups of the accounting convention (rules.md), on 三调 land class codes (DLBM).
 * K codes (可调整地类) count with their parent class and A codes fold into theirs, in every group.
 */
public final class LandClasses {

    /** 田坎: where deductions (KCMJ) are counted. */
    public static final String TIANKAN = "1203";

    private static final Set<String> WETLAND = Set.of("0303", "0304", "0306", "0402", "0603", "1105", "1106", "1108");
    private static final Set<String> CONSTRUCTION_EXTRA = Set.of("09", "1001", "1002", "1003", "1004", "1005",
            "1007", "1008", "1009", "1109", "1201");
    private static final Set<String> WATER = Set.of("1101", "1102", "1103", "1104", "1107", "1110");
    private static final Set<String> AGRICULTURAL_EXTRA = Set.of("0401", "0402", "0403", "1006", "1104", "1107", "1202",
            "1203");

    private LandClasses() {
    }

    /** The code with a K or A suffix removed: {@code 0201K} → {@code 0201}, {@code 1104A} → {@code 1104}. */
    public static String parent(String dlbm) {
        if (dlbm == null || dlbm.isEmpty()) {
            return dlbm;
        }
        char last = dlbm.charAt(dlbm.length() - 1);
        return last == 'K' || last == 'A' ? dlbm.substring(0, dlbm.length() - 1) : dlbm;
    }

    /** 耕地: 0101 水田, 0102 水浇地, 0103 旱地. */
    public static boolean isCultivated(String dlbm) {
        String p = parent(dlbm);
        return "0101".equals(p) || "0102".equals(p) || "0103".equals(p);
    }

    /**
     * 农用地 in the 三大类 sense, what counts as 复垦 (reclaimed): 耕地 (01), 种植园用地 (02), 林地
     * (03), 0401 天然牧草地, 0402 沼泽草地, 0403 人工牧草地, 1006 农村道路, 1104 坑塘水面, 1107 沟渠,
     * 1202 设施农用地 and 1203 田坎. 0404 其他草地 and the other 12* classes are 未利用地.
     *
     * @since 1.1
     */
    public static boolean isAgricultural(String dlbm) {
        String p = parent(dlbm);
        return p != null && (p.startsWith("01") || p.startsWith("02") || p.startsWith("03")
                || AGRICULTURAL_EXTRA.contains(p));
    }

    /** 建设用地: 05*, 06* except 0603, 07*, 08*, 09, 1001–1005, 1007–1009, 1109, 1201. */
    public static boolean isConstruction(String dlbm) {
        String p = parent(dlbm);
        if (p == null) {
            return false;
        }
        if (p.startsWith("05") || p.startsWith("07") || p.startsWith("08")) {
            return true;
        }
        if (p.startsWith("06")) {
            return !"0603".equals(p);
        }
        return CONSTRUCTION_EXTRA.contains(p);
    }

    /** 湿地: 0303, 0304, 0306, 0402, 0603, 1105, 1106, 1108. */
    public static boolean isWetland(String dlbm) {
        return WETLAND.contains(parent(dlbm));
    }

    /**
     * 生态用地 (for 生态有改善): 03*, 04* except 0403K, the wetlands, 1101–1103. 0403K is a former
     * 耕地 kept as adjustable; it is not counted as ecological.
     */
    public static boolean isEcological(String dlbm) {
        if (dlbm == null) {
            return false;
        }
        if ("0403K".equals(dlbm)) {
            return false;
        }
        String p = parent(dlbm);
        return p.startsWith("03") || p.startsWith("04") || WETLAND.contains(p) || "1101".equals(p)
                || "1102".equals(p) || "1103".equals(p);
    }

    /** 林地: 03* (0301 乔木林地 … 0307 其他林地, with K codes). */
    public static boolean isForest(String dlbm) {
        return dlbm != null && parent(dlbm).startsWith("03");
    }

    /** Water and wetland (for ECO-WATER): 11* water surfaces and ditches, and the wetlands. */
    public static boolean isWaterOrWetland(String dlbm) {
        String p = parent(dlbm);
        return p != null && (WATER.contains(p) || WETLAND.contains(p));
    }
}
