package org.landcon.industry.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ParcelKind;

/** The change-parcel kinds of 乡村产业导入 (条二(五), 十二). */
final class IndustryKinds {
    /** 产业用地: {@code source} = {@code stock} or {@code quota}; {@code industry} = 酿酒葡萄, 枸杞 …. */
    static final String INDUSTRY_LAND = "industry-land";
    static final String FACILITY_AGRICULTURE = "facility-agriculture";
    static final String AGRI_TOURISM = "agri-tourism";

    static final List<ParcelKind> ALL = List.of(
            new ParcelKind(INDUSTRY_LAND, "产业用地", "industry land", List.of("source")),
            new ParcelKind(FACILITY_AGRICULTURE, "设施农业", "facility agriculture", List.of()),
            new ParcelKind(AGRI_TOURISM, "农文旅融合", "agri-tourism", List.of()));

    /** Values of {@code source}, with their Chinese names, in the order messages list them. */
    static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("stock", "存量建设用地");
        SOURCES.put("quota", "节余指标");
    }

    private IndustryKinds() {
    }
}
