package org.landcon.farmland.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.landcon.api.model.ParcelKind;

/** The kinds of change parcel that the farmland module (农用地整治) owns, with their required properties. */
final class FarmlandKinds {
    static final String HIGH_STANDARD = "high-standard";
    static final String QUALITY_UPGRADE = "quality-upgrade";
    static final String FARMLAND_CREATION = "farmland-creation";
    static final String DRY_TO_PADDY = "dry-to-paddy";
    static final String PBF_OUT = "pbf-out";
    static final String PBF_IN = "pbf-in";
    static final String RIVER_EXIT = "river-exit";
    static final String SLOPE_EXIT = "slope-exit";

    static final List<ParcelKind> ALL = List.of(
            new ParcelKind(HIGH_STANDARD, "高标准农田建设", "high-standard farmland construction", List.of()),
            new ParcelKind(QUALITY_UPGRADE, "提质改造", "quality upgrade", List.of()),
            new ParcelKind(FARMLAND_CREATION, "新增耕地", "new cultivated land", List.of("toDLBM", "measure")),
            // 旱改水 makes 水田 out of 旱地/水浇地: without a target class it would change nothing
            new ParcelKind(DRY_TO_PADDY, "旱改水", "dry land to paddy", List.of("toDLBM")),
            new ParcelKind(PBF_OUT, "永久基本农田调出", "permanent basic farmland out", List.of("start", "finish")),
            new ParcelKind(PBF_IN, "永久基本农田补划", "permanent basic farmland in (supplement)",
                    List.of("start", "finish")),
            new ParcelKind(RIVER_EXIT, "河湖管理范围内耕地调出", "cultivated land out of river and lake zones", List.of()),
            new ParcelKind(SLOPE_EXIT, "山上耕地调整", "cultivated land moved off steep slopes", List.of()));

    static final Map<String, ParcelKind> BY_ID = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(ParcelKind::id, Function.identity()));

    private FarmlandKinds() {
    }
}
