package org.landcon.construction.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.plan.LinkingQuota;
import org.landcon.api.plan.PlanView;

/**
 * The 增减挂钩 account of a plan (T5): the platform's {@link LinkingQuota} (拆旧, 复垦, 建新 and
 * 节余 in official areas, by parcel), with the demolition parcels themselves for the ledger.
 */
final class QuotaAccount {
    private final Map<String, ChangeParcel> demolitions = new LinkedHashMap<>();
    private final LinkingQuota quota;

    private QuotaAccount(LinkingQuota quota) {
        this.quota = quota;
    }

    static QuotaAccount of(PlanView plan) {
        QuotaAccount a = new QuotaAccount(LinkingQuota.of(plan));
        for (ChangeParcel p : plan.changeParcels(ConstructionModule.TYPE)) {
            if (ConstructionKinds.DEMOLITION.equals(p.kind())) {
                a.demolitions.put(p.id(), p);
            }
        }
        return a;
    }

    /** The demolition parcels, by id. */
    Map<String, ChangeParcel> demolitions() {
        return demolitions;
    }

    double demolished() {
        return quota.demolished();
    }

    double reclaimed() {
        return quota.reclaimed();
    }

    double built() {
        return quota.built();
    }

    double surplus() {
        return quota.surplus();
    }

    double demolished(String parcel) {
        return quota.demolishedByParcel().getOrDefault(parcel, 0.0);
    }

    double reclaimed(String parcel) {
        return quota.reclaimedByParcel().getOrDefault(parcel, 0.0);
    }

    /** 建新 area by id of every non-demolition construction parcel (0 when built on existing 建设用地). */
    Map<String, Double> builtByParcel() {
        return quota.builtByParcel();
    }
}
