package org.landcon.landscape.internal;

import java.util.List;

import org.landcon.api.model.ParcelKind;

/** The change-parcel kinds of 乡村风貌保护 (条二(四)). */
final class LandscapeKinds {
    static final String TRADITIONAL_VILLAGE = "traditional-village";
    /** 历史文化保护修缮: repair by definition, as if it carried {@code repair} = true. */
    static final String HERITAGE_REPAIR = "heritage-repair";
    static final String OLD_TREE_PROTECTION = "old-tree-protection";
    static final String LANDSCAPE_IMPROVEMENT = "landscape-improvement";

    static final List<ParcelKind> ALL = List.of(
            new ParcelKind(TRADITIONAL_VILLAGE, "传统村落保护", "traditional village protection", List.of()),
            new ParcelKind(HERITAGE_REPAIR, "历史文化保护修缮", "heritage repair", List.of()),
            new ParcelKind(OLD_TREE_PROTECTION, "古树名木保护", "old and notable tree protection", List.of()),
            new ParcelKind(LANDSCAPE_IMPROVEMENT, "风貌提升", "landscape improvement", List.of()));

    private LandscapeKinds() {
    }
}
