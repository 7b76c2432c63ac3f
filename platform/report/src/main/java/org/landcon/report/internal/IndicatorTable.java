package org.landcon.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.LandBalance;
import org.landcon.api.model.Table;
import org.landcon.api.model.Table.Column;
import org.landcon.api.plan.LandClasses;

/**
 * T8 主要指标表: the plan's key figures, before and after (or the planned value), with the change,
 * 亩 beside 公顷, and the verdict of the rule that judges each. Areas come from {@code totals} and
 * fall back to the land balance; money and consent from the FUND-BALANCE and PROC-CONSENT verdicts.
 * A figure the plan does not carry stays empty, never 0.
 */
public final class IndicatorTable {

    private static final List<Column> COLUMNS = List.of(
            new Column("indicator", "指标", "Indicator", null),
            new Column("indicatorEn", "指标（英文）", "Indicator (English)", null),
            new Column("unit", "单位", "Unit", null),
            new Column("before", "整治前", "Before", null),
            new Column("after", "整治后/规划值", "After / planned", null),
            new Column("change", "变化量", "Change", null),
            new Column("beforeMu", "整治前", "Before", "亩"),
            new Column("afterMu", "整治后/规划值", "After / planned", "亩"),
            new Column("changeMu", "变化量", "Change", "亩"),
            new Column("verdict", "规则结论", "Verdict", null));

    private final PlanFigures f;
    private final LandBalance balance;
    private final List<List<Object>> rows = new ArrayList<>();

    private IndicatorTable(AssembledPlan plan) {
        this.f = new PlanFigures(plan);
        this.balance = plan.balance();
    }

    public static Table of(AssembledPlan plan) {
        return new IndicatorTable(plan).build(plan);
    }

    private Table build(AssembledPlan plan) {
        area("整治单元土地总面积", "Unit land area", balance.before(c -> true), balance.after(c -> true), null);
        area("耕地面积", "Cultivated land", or("cultivated", "before", balance.before(LandClasses::isCultivated)),
                or("cultivated", "after", balance.after(LandClasses::isCultivated)), "FARM-QTY");
        area("其中：水田", "of which paddy (0101)", balance.before("0101"::equals), balance.after("0101"::equals), null);
        Double designated = f.total("pbf", "designated");
        Double out = f.total("pbf", "out");
        Double in = f.total("pbf", "in");
        area("永久基本农田划定面积", "PBF designated", designated, null, null);
        area("永久基本农田调出面积", "PBF moved out", null, out, "PBF-CAP");
        area("永久基本农田补划面积", "PBF moved in", null, in, "PBF-QTY");
        Double ratio = PlanFigures.or(f.total("pbf", "ratio"), f.figure("PBF-CAP", "ratio"));
        value("永久基本农田调整比例", "PBF adjustment ratio", "%", null, percent(ratio), "PBF-CAP");
        area("整治后永久基本农田面积", "PBF after", designated, f.pbfAfter(), "PBF-QTY");
        area("建设用地面积", "Construction land", or("construction", "before", balance.before(LandClasses::isConstruction)),
                or("construction", "after", balance.after(LandClasses::isConstruction)), "CONS-QTY");
        area("生态用地面积", "Ecological land", or("ecological", "before", balance.before(LandClasses::isEcological)),
                or("ecological", "after", balance.after(LandClasses::isEcological)), "ECO-IMPROVE");
        area("生态保护红线面积", "Ecological red line", f.total("redline", "before"), f.total("redline", "after"),
                "ECO-REDLINE-AREA");
        area("增减挂钩拆旧复垦面积", "Quota: demolished and reclaimed", null, f.total("quota", "demolished"), null);
        area("增减挂钩建新面积", "Quota: new construction", null, f.total("quota", "built"), null);
        area("节余指标", "Quota surplus", null, f.total("quota", "surplus"), "CONS-QUOTA");
        value("总投资", "Total investment", "万元", null, PlanFigures.or(f.total("investment", "total"),
                f.figure("FUND-BALANCE", "investment", "investmentTotal")), "FUND-BALANCE");
        value("债务性资金占比", "Debt-financed share", "%", null,
                percent(f.figure("FUND-BALANCE", "debtShare", "bondShare")), "FUND-BALANCE");
        value("村民同意率", "Villagers' consent", "%", null,
                percent(f.figure("PROC-CONSENT", "consentRatio", "ratio")), "PROC-CONSENT");
        rows.add(Arrays.asList("方案可否报批", "Plan may be submitted", null, null, plan.hasViolation() ? "否" : "是",
                null, null, null, null, plan.hasViolation() ? "存在违规 has violations" : "无违规 no violation"));
        return new Table("T8", "主要指标表", "Key indicators", COLUMNS, rows);
    }

    private void area(String zh, String en, Double beforeM2, Double afterM2, String rule) {
        Double change = PlanFigures.minus(afterM2, beforeM2);
        rows.add(Arrays.asList(zh, en, "公顷", Areas.ha(beforeM2), Areas.ha(afterM2), Areas.ha(change),
                Areas.mu(beforeM2), Areas.mu(afterM2), Areas.mu(change), rule == null ? null : f.outcome(rule)));
    }

    private void value(String zh, String en, String unit, Double before, Double after, String rule) {
        rows.add(Arrays.asList(zh, en, unit, before, after, PlanFigures.minus(after, before), null, null, null,
                f.outcome(rule)));
    }

    private Double or(String group, String key, double fallback) {
        return PlanFigures.or(f.total(group, key), fallback);
    }

    private static Double percent(Double ratio) {
        return ratio == null ? null : ratio * 100;
    }
}
