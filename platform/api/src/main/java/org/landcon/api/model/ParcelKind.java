package org.landcon.api.model;

import java.util.List;

/**
 * A kind of change parcel that a content module owns (e.g. {@code pbf-out} 永久基本农田调出).
 *
 * @param id                 the value of the parcel's {@code kind} property
 * @param nameZh             Chinese name
 * @param nameEn             English name
 * @param requiredProperties properties a parcel of this kind must carry
 */
public record ParcelKind(String id, String nameZh, String nameEn, List<String> requiredProperties) {

    public ParcelKind {
        requiredProperties = requiredProperties == null ? List.of() : List.copyOf(requiredProperties);
    }
}
