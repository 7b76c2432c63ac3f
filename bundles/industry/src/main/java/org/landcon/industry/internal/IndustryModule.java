package org.landcon.industry.internal;

import org.landcon.api.content.ParcelChecks;
import java.util.List;

import org.landcon.api.content.ContentModule;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ParcelKind;
import org.landcon.api.model.Problem;
import org.landcon.api.model.Table;
import org.landcon.api.plan.PlanView;
import org.osgi.service.component.annotations.Component;

/**
 * 乡村产业导入: industry land (酿酒葡萄, 枸杞, 冷凉蔬菜, 养殖, 新能源 …), facility agriculture and
 * agri-tourism; contributes the industry land table.
 */
@Component(service = ContentModule.class, property = ContentModule.CONTENT_TYPE + "=" + IndustryModule.TYPE)
public final class IndustryModule implements ContentModule {
    static final String TYPE = "industry";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String nameZh() {
        return "乡村产业导入";
    }

    @Override
    public String nameEn() {
        return "Rural industry";
    }

    @Override
    public List<ParcelKind> kinds() {
        return IndustryKinds.ALL;
    }

    /** Known kind, required {@code source} of industry land and its value, land class, investment, dates. */
    @Override
    public List<Problem> validate(ChangeParcel parcel) {
        ParcelChecks checks = new ParcelChecks(parcel);
        ParcelKind kind = checks.kind(IndustryKinds.ALL, "乡村产业导入", TYPE);
        if (kind != null) {
            checks.required(kind);
        }
        checks.oneOf("source", IndustryKinds.SOURCES);
        checks.landClass("toDLBM");
        checks.number("investment");
        checks.dates();
        return checks.problems();
    }

    @Override
    public List<Table> ledger(PlanView plan) {
        return List.of(IndustryLedger.table(plan));
    }
}
