package org.landcon.industry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Table;
import org.landcon.api.model.Table.Column;
import org.landcon.api.plan.PlanView;

/** 产业用地表: one row per industry parcel with what it uses ({@link IndustryUse}); areas in m². */
final class IndustryLedger {
    private static final String M2 = "m²";

    private IndustryLedger() {
    }

    static Table table(PlanView plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChangeParcel p : plan.changeParcels(IndustryModule.TYPE)) {
            IndustryUse u = IndustryUse.of(plan, p);
            rows.add(Arrays.asList(p.id(), p.subproject(), p.kind(), p.text("industry"), p.text("source"), p.toDLBM(),
                    u.area(), u.stock(), u.newConstruction(), u.pbf()));
        }
        return new Table("IND-LAND", "产业用地表", "Industry land", List.of(
                new Column("parcel", "地块", "parcel", null), new Column("subproject", "子项目", "sub-project", null),
                new Column("kind", "类型", "kind", null), new Column("industry", "产业", "industry", null),
                new Column("source", "用地来源", "land source", null), new Column("toDLBM", "规划地类", "class after", null),
                new Column("area", "面积", "area", M2), new Column("stock", "其中存量建设用地", "of which existing construction land", M2),
                new Column("newConstruction", "其中新增建设用地", "of which new construction land", M2),
                new Column("pbf", "占用永久基本农田", "on permanent basic farmland", M2)), rows);
    }
}
