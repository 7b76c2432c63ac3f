package org.landcon.construction.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.Table;
import org.landcon.api.model.Table.Column;
import org.landcon.api.plan.PlanView;

/**
 * The T5 增减挂钩 ledger as three tables: the account ({@code T5}), one row per 拆旧 parcel with
 * its resettlement and dates ({@code T5-DEMOLITION}), one row per transfer ({@code T5-TRANSFER}).
 * Areas in m².
 */
final class QuotaLedger {
    private static final String M2 = "m²";

    private QuotaLedger() {
    }

    static Table summary(QuotaAccount a) {
        List<List<Object>> rows = List.of(
                row("demolished", "拆旧", "demolished", a.demolished()),
                row("reclaimed", "复垦", "reclaimed", a.reclaimed()),
                row("built", "建新", "built", a.built()),
                row("surplus", "节余（复垦 − 建新）", "surplus (reclaimed − built)", a.surplus()));
        return new Table("T5", "增减挂钩台账", "Linking quota ledger (增减挂钩)", List.of(
                new Column("key", "代码", "key", null), new Column("item", "项目", "item", null),
                new Column("itemEn", "项目（英文）", "item (English)", null), new Column("area", "面积", "area", M2)), rows);
    }

    static Table demolitions(PlanView plan, QuotaAccount a) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChangeParcel p : a.demolitions().values()) {
            ResettlementOrder order = ResettlementOrder.of(plan, p);
            String from = plan.pieces(p.id()).stream().map(OverlayPiece::fromDLBM).distinct().sorted()
                    .collect(Collectors.joining(","));
            rows.add(Arrays.asList(p.id(), p.subproject(), from, p.toDLBM(), a.demolished(p.id()), a.reclaimed(p.id()),
                    order.homestead(), p.number("households"), p.number("consentRatio"), order.resettles(),
                    order.resettledBy() == null ? null : order.resettledBy().toString(),
                    p.start() == null ? null : p.start().toString(), order.applies() ? order.inOrder() : null,
                    p.text("transferTo")));
        }
        return new Table("T5-DEMOLITION", "增减挂钩拆旧地块", "Linking quota: demolition parcels", List.of(
                new Column("parcel", "地块", "parcel", null), new Column("subproject", "子项目", "sub-project", null),
                new Column("fromDLBM", "原地类", "class before", null), new Column("toDLBM", "复垦后地类", "class after", null),
                new Column("demolished", "拆旧面积", "demolished", M2), new Column("reclaimed", "复垦面积", "reclaimed", M2),
                new Column("homestead", "其中宅基地", "of which homesteads", M2),
                new Column("households", "涉及户数", "households", "户"),
                new Column("consentRatio", "同意比例", "consent ratio", null),
                new Column("resettles", "安置子项目", "resettlement", null),
                new Column("resettledBy", "安置完成日期", "resettled by", null),
                new Column("start", "拆旧开工日期", "demolition starts", null),
                new Column("resettleFirst", "先安置再拆旧", "resettled first", null),
                new Column("transferTo", "指标流向", "quota goes to", null)), rows);
    }

    static Table transfers(PlanView plan, QuotaAccount a) {
        List<List<Object>> rows = new ArrayList<>();
        for (QuotaTransfer t : QuotaTransfer.of(plan, a)) {
            rows.add(Arrays.asList(t.parcel().id(), t.parcel().subproject(), t.destination(), t.scope().code,
                    t.scope().zh, t.area(), t.approval(), t.price()));
        }
        return new Table("T5-TRANSFER", "节余指标流转", "Linking quota transfers", List.of(
                new Column("parcel", "拆旧地块", "demolition parcel", null),
                new Column("subproject", "子项目", "sub-project", null),
                new Column("destination", "流入县（区）", "destination county", null),
                new Column("scope", "流转范围代码", "scope", null), new Column("scopeZh", "流转范围", "scope (Chinese)", null),
                new Column("area", "指标面积", "quota area", M2),
                new Column("approval", "批准文号", "approval reference", null),
                new Column("price", "价格", "price", "万元")), rows);
    }

    private static List<Object> row(String key, String zh, String en, double area) {
        return List.of(key, zh, en, area);
    }
}
