package org.landcon.farmland.internal;

import java.util.List;

import org.landcon.api.content.ContentModule;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ParcelKind;
import org.landcon.api.model.Problem;
import org.landcon.api.model.Table;
import org.landcon.api.plan.PlanView;
import org.osgi.service.component.annotations.Component;

/**
 * 农用地整治 (farmland consolidation): the change-parcel kinds of {@link FarmlandKinds}, their
 * validation ({@link ParcelValidator}) and the ledgers T2 永久基本农田调整表
 * ({@link PbfAdjustmentTable}) and T3 新增耕地表 ({@link NewCultivatedTable}).
 */
@Component(property = ContentModule.CONTENT_TYPE + "=" + FarmlandParcels.TYPE)
public final class FarmlandModule implements ContentModule {

    @Override
    public String type() {
        return FarmlandParcels.TYPE;
    }

    @Override
    public String nameZh() {
        return "农用地整治";
    }

    @Override
    public String nameEn() {
        return "Farmland consolidation";
    }

    @Override
    public List<ParcelKind> kinds() {
        return FarmlandKinds.ALL;
    }

    @Override
    public List<Problem> validate(ChangeParcel parcel) {
        return ParcelValidator.validate(parcel);
    }

    @Override
    public List<Table> ledger(PlanView plan) {
        return List.of(PbfAdjustmentTable.of(plan), NewCultivatedTable.of(plan));
    }
}
