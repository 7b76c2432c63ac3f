package org.landcon.farmland.internal;

import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;

/**
 * The verdict of a "逐步调出" rule (FARM-RIVER, FARM-SLOPE) from {@link CultivatedInZone}.
 * <ul>
 * <li>耕地 inside increases by more than 0.01 m² → warning naming the parcels that add it;</li>
 * <li>耕地 is left inside and the plan moves none of it out → warning naming the DLTB (BSM);</li>
 * <li>耕地 inside decreases, or there is none → pass;</li>
 * <li>figures: {@code before}, {@code after}, {@code change} in m².</li>
 * </ul>
 */
final class ZoneVerdicts {
    private static final double TOLERANCE = 0.01;

    private ZoneVerdicts() {
    }

    /** @param zoneZh the zone in Chinese (e.g. 河湖管理范围内) @param zoneEn in English (e.g. inside river and lake zones) */
    static Verdict of(CatalogueRule rule, CultivatedInZone zone, String zoneZh, String zoneEn) {
        double change = zone.after() - zone.before();
        String what = zoneZh + "耕地整治前 " + AreaUnits.zh(zone.before()) + "，整治后 " + AreaUnits.zh(zone.after());
        String whatEn = "cultivated land " + zoneEn + ": " + AreaUnits.en(zone.before()) + " before, "
                + AreaUnits.en(zone.after()) + " after";
        Verdict.Builder v;
        if (change > TOLERANCE) {
            v = rule.verdict(Outcome.WARNING, "方案增加" + what, "the plan adds " + whatEn)
                    .features(zone.parcelsAdding(TOLERANCE / 100));
        } else if (zone.after() > TOLERANCE && change >= -TOLERANCE) {
            v = rule.verdict(Outcome.WARNING, "未调出" + what, "none moved out of " + whatEn)
                    .features(zone.landInside());
        } else {
            v = rule.verdict(Outcome.PASS, what, whatEn);
        }
        return v.figure("before", zone.before()).figure("after", zone.after()).figure("change", change).build();
    }
}
