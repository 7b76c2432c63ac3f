package org.landcon.ecology.internal;

import java.util.List;

import org.landcon.api.model.ParcelKind;

/** The change-parcel kinds of 生态保护修复 (条二(三), 十三). */
final class EcologyKinds {
    static final String MINE_RESTORATION = "mine-restoration";
    static final String GREENING = "greening";
    static final String WATERSHED = "watershed";
    static final String GEOHAZARD = "geohazard";
    /** 红线内耕地/建设用地退出: carries {@code symbiotic} (与生态保护对象共生) true or false. */
    static final String REDLINE_EXIT = "redline-exit";
    /** 湿地修复: {@code toDLBM} a water or wetland class. */
    static final String WETLAND_RESTORATION = "wetland-restoration";

    static final List<ParcelKind> ALL = List.of(
            new ParcelKind(MINE_RESTORATION, "矿山生态修复", "mine restoration", List.of("toDLBM")),
            new ParcelKind(GREENING, "国土绿化", "greening", List.of("toDLBM")),
            new ParcelKind(WATERSHED, "小流域综合治理", "small watershed management", List.of()),
            new ParcelKind(GEOHAZARD, "地质灾害防治", "geohazard prevention", List.of()),
            new ParcelKind(REDLINE_EXIT, "红线内耕地/建设用地退出", "exit of farmland or construction land from the red line",
                    List.of("symbiotic")),
            new ParcelKind(WETLAND_RESTORATION, "湿地修复", "wetland restoration", List.of("toDLBM")));

    private EcologyKinds() {
    }
}
