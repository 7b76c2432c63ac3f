package org.landcon.spatial.generator;

import java.util.Map;

/** DLMC 地类名称 of the 三调 codes the generator uses. */
final class LandClassNames {
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("0101", "水田"), Map.entry("0102", "水浇地"),
            Map.entry("0103", "旱地"), Map.entry("0201", "果园"), Map.entry("0201K", "可调整果园"),
            Map.entry("0301", "乔木林地"), Map.entry("0305", "灌木林地"), Map.entry("0404", "其他草地"),
            Map.entry("05H1", "商业服务业设施用地"), Map.entry("0601", "工业用地"), Map.entry("0701", "城镇住宅用地"),
            Map.entry("0702", "农村宅基地"), Map.entry("08H1", "机关团体新闻出版用地"), Map.entry("08H2", "科教文卫用地"),
            Map.entry("0810", "公园与绿地"), Map.entry("1006", "农村道路"), Map.entry("1101", "河流水面"),
            Map.entry("1104", "坑塘水面"), Map.entry("1104A", "养殖坑塘"), Map.entry("1104K", "可调整养殖坑塘"),
            Map.entry("1107", "沟渠"), Map.entry("1201", "空闲地"), Map.entry("1202", "设施农用地"),
            Map.entry("1203", "田坎"), Map.entry("1204", "盐碱地"), Map.entry("1205", "沙地"));

    private LandClassNames() {
    }

    static String of(String dlbm) {
        return NAMES.getOrDefault(dlbm, dlbm);
    }
}
