package org.landcon.construction.internal;

import java.util.List;

import org.landcon.api.content.ContentModule;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ParcelKind;
import org.landcon.api.model.Problem;
import org.landcon.api.model.Table;
import org.landcon.api.plan.PlanView;
import org.osgi.service.component.annotations.Component;

/**
 * 建设用地整理: demolition and reclamation (拆旧复垦), new construction (建新), resettlement (安置) and
 * idle land (闲置低效用地盘活); contributes the T5 增减挂钩 ledger.
 */
@Component(service = ContentModule.class, property = ContentModule.CONTENT_TYPE + "=" + ConstructionModule.TYPE)
public final class ConstructionModule implements ContentModule {
    static final String TYPE = "construction";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String nameZh() {
        return "建设用地整理";
    }

    @Override
    public String nameEn() {
        return "Construction land consolidation";
    }

    @Override
    public List<ParcelKind> kinds() {
        return ConstructionKinds.ALL;
    }

    @Override
    public List<Problem> validate(ChangeParcel parcel) {
        return ConstructionParcelCheck.problems(parcel);
    }

    @Override
    public List<Table> ledger(PlanView plan) {
        QuotaAccount account = QuotaAccount.of(plan);
        return List.of(QuotaLedger.summary(account), QuotaLedger.demolitions(plan, account),
                QuotaLedger.transfers(plan, account));
    }
}
