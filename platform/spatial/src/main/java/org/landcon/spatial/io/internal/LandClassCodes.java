package org.landcon.spatial.io.internal;

import java.util.Set;

/**
 * The DLBM values of the 三调工作分类 (domain.md §1), with their K (可调整地类) and A variants exactly
 * as the classification lists them; nothing else is a valid DLBM.
 */
public final class LandClassCodes {

    private static final Set<String> CODES = Set.of(
            // 湿地
            "0303", "0304", "0306", "0402", "0603", "1105", "1106", "1108",
            // 耕地
            "0101", "0102", "0103",
            // 种植园用地
            "0201", "0202", "0203", "0204", "0201K", "0202K", "0203K", "0204K",
            // 林地
            "0301", "0301K", "0302", "0302K", "0305", "0307", "0307K",
            // 草地
            "0401", "0403", "0403K", "0404",
            // 商业服务业用地, 工矿用地, 住宅用地
            "05H1", "0508", "0601", "0602", "0701", "0702",
            // 公共管理与公共服务用地
            "08H1", "08H2", "08H2A", "0809", "0810", "0810A",
            // 特殊用地
            "09",
            // 交通运输用地
            "1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "1009",
            // 水域及水利设施用地
            "1101", "1102", "1103", "1104", "1104A", "1104K", "1107", "1107A", "1109", "1110",
            // 其他土地
            "1201", "1202", "1203", "1204", "1205", "1206", "1207");

    private LandClassCodes() {
    }

    /** Whether {@code dlbm} is a 三调 land class code. */
    public static boolean isKnown(String dlbm) {
        return dlbm != null && CODES.contains(dlbm);
    }

    /** Whether {@code dlbm} has the form of an older 二调 code: three digits. */
    public static boolean isErdiaoForm(String dlbm) {
        return dlbm != null && dlbm.matches("\\d{3}");
    }
}
