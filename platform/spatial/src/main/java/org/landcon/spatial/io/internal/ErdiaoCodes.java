package org.landcon.spatial.io.internal;

import java.util.Map;

/**
 * The mapping applied to a DLTB layer that uses only 二调 three-digit codes (GB/T 21010-2007 as used
 * by the 第二次全国土地调查) to 三调 codes. One 二调 class maps to the 三调 class that received it
 * by default; where 三调 split a class the default is the first 三调 class listed here, and the
 * package gets a warning so that the data owner can check it:
 * <pre>
 * 011 水田 → 0101   012 水浇地 → 0102   013 旱地 → 0103
 * 021 果园 → 0201   022 茶园 → 0202   023 其他园地 → 0204
 * 031 有林地 → 0301 (乔木林地; 竹林地 0302 not told apart)   032 灌木林地 → 0305   033 其他林地 → 0307
 * 041 天然牧草地 → 0401   042 人工牧草地 → 0403   043 其他草地 → 0404
 * 101 铁路用地 → 1001   102 公路用地 → 1003   103 街巷用地 → 1004   104 农村道路 → 1006
 * 105 机场用地 → 1007   106 港口码头用地 → 1008   107 管道运输用地 → 1009
 * 111 河流水面 → 1101   112 湖泊水面 → 1102   113 水库水面 → 1103   114 坑塘水面 → 1104
 * 115 沿海滩涂 → 1105   116 内陆滩涂 → 1106   117 沟渠 → 1107   118 水工建筑用地 → 1109
 * 119 冰川及永久积雪 → 1110
 * 121 空闲地 → 1201   122 设施农用地 → 1202   123 田坎 → 1203   124 盐碱地 → 1204
 * 125 沼泽地 → 1108   126 沙地 → 1205   127 裸地 → 1206 (裸土地; 裸岩石砾地 1207 not told apart)
 * 204 采矿用地 → 0602   205 风景名胜及特殊用地 → 09
 * </pre>
 * 201 城市, 202 建制镇 and 203 村庄 are settlement areas, not land classes: they have no 三调
 * equivalent and are reported as errors.
 */
public final class ErdiaoCodes {

    private static final Map<String, String> TO_SANDIAO = Map.ofEntries(
            Map.entry("011", "0101"), Map.entry("012", "0102"), Map.entry("013", "0103"),
            Map.entry("021", "0201"), Map.entry("022", "0202"), Map.entry("023", "0204"),
            Map.entry("031", "0301"), Map.entry("032", "0305"), Map.entry("033", "0307"),
            Map.entry("041", "0401"), Map.entry("042", "0403"), Map.entry("043", "0404"),
            Map.entry("101", "1001"), Map.entry("102", "1003"), Map.entry("103", "1004"),
            Map.entry("104", "1006"), Map.entry("105", "1007"), Map.entry("106", "1008"),
            Map.entry("107", "1009"), Map.entry("111", "1101"), Map.entry("112", "1102"),
            Map.entry("113", "1103"), Map.entry("114", "1104"), Map.entry("115", "1105"),
            Map.entry("116", "1106"), Map.entry("117", "1107"), Map.entry("118", "1109"),
            Map.entry("119", "1110"), Map.entry("121", "1201"), Map.entry("122", "1202"),
            Map.entry("123", "1203"), Map.entry("124", "1204"), Map.entry("125", "1108"),
            Map.entry("126", "1205"), Map.entry("127", "1206"), Map.entry("204", "0602"),
            Map.entry("205", "09"));

    private ErdiaoCodes() {
    }

    /** The 三调 code for a 二调 code, or {@code null} when there is no single one. */
    public static String toSandiao(String erdiao) {
        return TO_SANDIAO.get(erdiao);
    }
}
