package org.landcon.ecology.internal;

import java.util.List;

import org.landcon.api.content.ContentModule;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ParcelKind;
import org.landcon.api.model.Problem;
import org.landcon.api.model.Table;
import org.landcon.api.plan.PlanView;
import org.osgi.service.component.annotations.Component;

/**
 * 生态保护修复: mine restoration, greening, small watersheds, geohazards, exits from the ecological
 * red line and wetland restoration; contributes the ecological restoration table.
 */
@Component(service = ContentModule.class, property = ContentModule.CONTENT_TYPE + "=" + EcologyModule.TYPE)
public final class EcologyModule implements ContentModule {
    static final String TYPE = "ecology";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String nameZh() {
        return "生态保护修复";
    }

    @Override
    public String nameEn() {
        return "Ecological protection and restoration";
    }

    @Override
    public List<ParcelKind> kinds() {
        return EcologyKinds.ALL;
    }

    @Override
    public List<Problem> validate(ChangeParcel parcel) {
        return EcologyParcelCheck.problems(parcel);
    }

    @Override
    public List<Table> ledger(PlanView plan) {
        return List.of(RestorationLedger.table(plan));
    }
}
