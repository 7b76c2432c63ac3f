package org.landcon.spatial.generator;

import java.util.List;

/**
 * The kinds of change parcel the generator makes, with their share, size, the land they are
 * placed on and what they turn it into.
 *
 * @param type       content type ({@code farmland}, {@code construction}, {@code ecology},
 *                   {@code landscape}, {@code industry})
 * @param kind       the parcel's kind
 * @param nameZh     the sub-project name's suffix
 * @param share      share of all parcels
 * @param minArea    smallest parcel, m²
 * @param maxArea    largest parcel, m²
 * @param site       where it goes (see {@link SiteFinder})
 * @param toDLBM     class after: a code, {@code farmland} (0102 on the plain, 0103 on the
 *                   uplands), or null for no change
 * @param yuanPerMu  investment, 万元 per 亩
 * @param department responsible department
 */
record ParcelKinds(String type, String kind, String nameZh, double share, double minArea, double maxArea,
        String site, String toDLBM, double yuanPerMu, String department) {

    static final List<ParcelKinds> ALL = List.of(
            new ParcelKinds("farmland", "farmland-creation", "未利用地开发补充耕地项目", 0.12, 5_000, 30_000, "unused",
                    "farmland", 0.45, "县自然资源局"),
            new ParcelKinds("farmland", "quality-upgrade", "高标准农田提质改造项目", 0.15, 20_000, 80_000, "cultivated",
                    null, 0.30, "县农业农村局"),
            new ParcelKinds("farmland", "dry-to-paddy", "旱改水项目", 0.03, 10_000, 40_000, "dry-plain", "0101", 0.50,
                    "县农业农村局"),
            new ParcelKinds("farmland", "pbf-out", "永久基本农田调出", 0.07, 2_000, 15_000, "pbf", null, 0.02,
                    "县自然资源局"),
            new ParcelKinds("farmland", "pbf-in", "永久基本农田补划", 0.08, 3_000, 20_000, "non-pbf", null, 0.02,
                    "县自然资源局"),
            new ParcelKinds("construction", "demolition", "农村宅基地拆旧复垦项目", 0.12, 1_500, 8_000, "hamlet",
                    "farmland", 2.5, "县自然资源局"),
            new ParcelKinds("construction", "resettlement", "集中安置区建设项目", 0.05, 5_000, 20_000, "hamlet-edge",
                    "0702", 8.0, "县住房和城乡建设局"),
            new ParcelKinds("construction", "new-construction", "城镇建新区项目", 0.08, 3_000, 15_000, "udb", "0701",
                    5.0, "县自然资源局"),
            new ParcelKinds("ecology", "greening", "防风固沙生态修复项目", 0.08, 10_000, 50_000, "sand", "0305", 0.20,
                    "县林业和草原局"),
            new ParcelKinds("ecology", "redline-exit", "生态保护红线内耕地退出项目", 0.04, 5_000, 20_000,
                    "redline-farmland", "0404", 0.15, "县林业和草原局"),
            new ParcelKinds("landscape", "heritage-repair", "传统村落风貌修缮项目", 0.03, 2_000, 8_000, "heritage", null,
                    3.0, "县住房和城乡建设局"),
            new ParcelKinds("landscape", "landscape-improvement", "村庄风貌提升项目", 0.08, 1_000, 5_000, "hamlet-idle",
                    "0810", 1.0, "县住房和城乡建设局"),
            new ParcelKinds("industry", "industry-land", "乡村产业用地项目", 0.07, 5_000, 30_000, "hamlet", "0601", 6.0,
                    "县发展和改革局"));
}
