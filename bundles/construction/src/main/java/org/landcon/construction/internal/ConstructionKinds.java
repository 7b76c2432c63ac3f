package org.landcon.construction.internal;

import java.util.List;

import org.landcon.api.model.ParcelKind;

/**
 * The change-parcel kinds of 建设用地整理. Quota transfers are not a kind of their own: a
 * {@code demolition} parcel carries {@code transferTo} and {@code transferApproval}.
 */
final class ConstructionKinds {
    /** 拆旧复垦: construction land demolished and reclaimed to {@code toDLBM}. */
    static final String DEMOLITION = "demolition";
    /** 建新: new construction land, {@code toDLBM} a 建设用地 class, {@code purpose} 村民住宅/农村发展/产业 …. */
    static final String NEW_CONSTRUCTION = "new-construction";
    /** 安置: where the households of a demolition are resettled. */
    static final String RESETTLEMENT = "resettlement";
    /** 闲置低效用地盘活. */
    static final String IDLE_LAND = "idle-land";

    static final List<ParcelKind> ALL = List.of(
            new ParcelKind(DEMOLITION, "拆旧复垦", "demolition and reclamation", List.of("toDLBM")),
            new ParcelKind(NEW_CONSTRUCTION, "建新", "new construction", List.of("toDLBM")),
            new ParcelKind(RESETTLEMENT, "安置", "resettlement", List.of()),
            new ParcelKind(IDLE_LAND, "闲置低效用地盘活", "revitalising idle and inefficient land", List.of()));

    private ConstructionKinds() {
    }
}
