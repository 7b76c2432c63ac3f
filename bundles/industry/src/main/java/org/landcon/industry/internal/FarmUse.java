package org.landcon.industry.internal;

import java.util.Set;

import org.landcon.api.plan.LandClasses;

/**
 * 农用地 in the 三大类 sense, for what counts as 复垦 (reclaimed): 耕地 (01), 种植园用地 (02),
 * 林地 (03), 0401 天然牧草地, 0402 沼泽草地, 0403 人工牧草地, 1006 农村道路, 1104 坑塘水面,
 * 1107 沟渠, 1202 设施农用地 and 1203 田坎, K and A codes with their parent. 0404 其他草地 and the
 * other 12* classes are 未利用地: construction land turned into them is demolished, not reclaimed.
 */
final class FarmUse {
    private static final Set<String> OTHERS = Set.of("0401", "0402", "0403", "1006", "1104", "1107", "1202", "1203");

    private FarmUse() {
    }

    static boolean isAgricultural(String dlbm) {
        String p = LandClasses.parent(dlbm);
        return p != null && (p.startsWith("01") || p.startsWith("02") || p.startsWith("03") || OTHERS.contains(p));
    }
}
