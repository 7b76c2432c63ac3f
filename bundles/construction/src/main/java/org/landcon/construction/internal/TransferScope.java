package org.landcon.construction.internal;

import org.landcon.api.model.Unit;

/**
 * Where a quota transfer goes, from the destination's 6-digit code against the unit's county and
 * region: the region is matched on the first two digits (the province part of the code).
 */
enum TransferScope {
    WITHIN_COUNTY("county", "县域内", "within the county"),
    CROSS_COUNTY("cross-county", "跨县域（自治区内）", "to another county of the region"),
    CROSS_REGION("cross-region", "跨省域", "outside the region");

    final String code;
    final String zh;
    final String en;

    TransferScope(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    static TransferScope of(String destination, Unit unit) {
        if (destination.equals(unit.county())) {
            return WITHIN_COUNTY;
        }
        String region = unit.region() == null ? unit.county() : unit.region();
        boolean sameRegion = region != null && region.length() >= 2 && destination.startsWith(region.substring(0, 2));
        return sameRegion ? CROSS_COUNTY : CROSS_REGION;
    }
}
