package org.landcon.farmland.internal;

import java.util.Set;

/**
 * The 三调工作分类 land class codes (DLBM) a change parcel may target (domain.md §1). K codes are
 * the 可调整地类 listed there; A codes are the listed sub-classes (1104A, 1107A, 08H2A, 0810A).
 */
final class SurveyCodes {
    private static final Set<String> CODES = Set.of(
            "0101", "0102", "0103",
            "0201", "0202", "0203", "0204", "0201K", "0202K", "0203K", "0204K",
            "0301", "0301K", "0302", "0302K", "0303", "0304", "0305", "0306", "0307", "0307K",
            "0401", "0402", "0403", "0403K", "0404",
            "05H1", "0508", "0601", "0602", "0603", "0701", "0702",
            "08H1", "08H2", "08H2A", "0809", "0810", "0810A", "09",
            "1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "1009",
            "1101", "1102", "1103", "1104", "1104A", "1104K", "1105", "1106", "1107", "1107A", "1108", "1109",
            "1110", "1201", "1202", "1203", "1204", "1205", "1206", "1207");

    private SurveyCodes() {
    }

    static boolean isValid(String dlbm) {
        return CODES.contains(dlbm);
    }
}
