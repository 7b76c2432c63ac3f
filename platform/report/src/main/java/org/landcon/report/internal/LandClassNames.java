package org.landcon.report.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.plan.LandClasses;

/**
 * The 三调工作分类 (domain reference §1): the 一级 classes in their official order with their 二级
 * classes, and the name of every code. K and A codes belong to the 二级 class they fold into.
 */
public final class LandClassNames {

    /** 一级 code → its 二级 codes, in the order of the classification. */
    private static final Map<String, List<String>> LEVEL2 = new LinkedHashMap<>();
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        level1("00", "湿地", "0303 红树林地", "0304 森林沼泽", "0306 灌丛沼泽", "0402 沼泽草地", "0603 盐田", "1105 沿海滩涂",
                "1106 内陆滩涂", "1108 沼泽地");
        level1("01", "耕地", "0101 水田", "0102 水浇地", "0103 旱地");
        level1("02", "种植园用地", "0201 果园", "0202 茶园", "0203 橡胶园", "0204 其他园地");
        level1("03", "林地", "0301 乔木林地", "0302 竹林地", "0305 灌木林地", "0307 其他林地");
        level1("04", "草地", "0401 天然牧草地", "0403 人工牧草地", "0404 其他草地");
        level1("05", "商业服务业用地", "05H1 商业服务业设施用地", "0508 物流仓储用地");
        level1("06", "工矿用地", "0601 工业用地", "0602 采矿用地");
        level1("07", "住宅用地", "0701 城镇住宅用地", "0702 农村宅基地");
        level1("08", "公共管理与公共服务用地", "08H1 机关团体新闻出版用地", "08H2 科教文卫用地", "0809 公用设施用地", "0810 公园与绿地");
        level1("09", "特殊用地", "09 特殊用地");
        level1("10", "交通运输用地", "1001 铁路用地", "1002 轨道交通用地", "1003 公路用地", "1004 城镇村道路用地",
                "1005 交通服务场站用地", "1006 农村道路", "1007 机场用地", "1008 港口码头用地", "1009 管道运输用地");
        level1("11", "水域及水利设施用地", "1101 河流水面", "1102 湖泊水面", "1103 水库水面", "1104 坑塘水面", "1107 沟渠",
                "1109 水工建筑用地", "1110 冰川及永久积雪");
        level1("12", "其他土地", "1201 空闲地", "1202 设施农用地", "1203 田坎", "1204 盐碱地", "1205 沙地", "1206 裸土地",
                "1207 裸岩石砾地");
    }

    private LandClassNames() {
    }

    private static void level1(String code, String name, String... level2) {
        NAMES.put(code, name);
        List<String> codes = new java.util.ArrayList<>();
        for (String entry : level2) {
            String c = entry.substring(0, entry.indexOf(' '));
            codes.add(c);
            NAMES.putIfAbsent(c, entry.substring(entry.indexOf(' ') + 1));
        }
        LEVEL2.put(code, List.copyOf(codes));
    }

    /** The 一级 codes, 00 湿地 first as in the classification. */
    public static List<String> level1Codes() {
        return List.copyOf(LEVEL2.keySet());
    }

    /** The 二级 codes of a 一级 class. */
    public static List<String> level2Codes(String level1) {
        return LEVEL2.getOrDefault(level1, List.of());
    }

    /** The 二级 code a DLBM counts under: K and A folded ({@code 0201K} → 0201, {@code 08H2A} → 08H2). */
    public static String level2Of(String dlbm) {
        return LandClasses.parent(dlbm);
    }

    /** The 一级 code of a DLBM, or {@code null} when the code is not in the classification. */
    public static String level1Of(String dlbm) {
        String p = level2Of(dlbm);
        for (Map.Entry<String, List<String>> e : LEVEL2.entrySet()) {
            if (e.getValue().contains(p)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The Chinese name of a code, or the code itself when unknown. */
    public static String name(String code) {
        String name = NAMES.get(code);
        if (name == null && !code.equals(LandClasses.parent(code))) {
            String parent = NAMES.get(LandClasses.parent(code));
            return parent == null ? code : parent + (code.endsWith("K") ? "（可调整）" : "");
        }
        return name == null ? code : name;
    }
}
