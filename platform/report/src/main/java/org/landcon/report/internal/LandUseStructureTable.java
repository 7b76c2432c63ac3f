package org.landcon.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.landcon.api.model.LandBalance;
import org.landcon.api.model.Table;
import org.landcon.api.model.Table.Column;
import org.landcon.api.plan.LandClasses;

/**
 * T1 整治前后土地利用结构调整表: per 一级 class and, under it, per 二级 class present in the plan
 * (K and A codes folded in): area before and after in 公顷 and 亩, share of the unit in %, change;
 * then 合计 and the subtotals 耕地 and 建设用地 by the accounting convention's groups, and 其中：永久基本农田
 * when the PBF areas are known. Every 一级 class is listed, also when empty; codes outside the
 * classification come last under 未识别地类.
 */
public final class LandUseStructureTable {

    static final String UNKNOWN = "未识别地类";
    private static final List<Column> COLUMNS = List.of(
            new Column("code", "地类编码", "Code", null),
            new Column("name", "地类名称", "Land class", null),
            new Column("level", "级别", "Level", null),
            new Column("beforeHa", "整治前面积", "Area before", "公顷"),
            new Column("beforeMu", "整治前面积", "Area before", "亩"),
            new Column("beforeShare", "整治前占比", "Share before", "%"),
            new Column("afterHa", "整治后面积", "Area after", "公顷"),
            new Column("afterMu", "整治后面积", "Area after", "亩"),
            new Column("afterShare", "整治后占比", "Share after", "%"),
            new Column("changeHa", "变化量", "Change", "公顷"),
            new Column("changeMu", "变化量", "Change", "亩"));

    private final LandBalance balance;
    private final double totalBefore;
    private final double totalAfter;
    private final List<List<Object>> rows = new ArrayList<>();

    private LandUseStructureTable(LandBalance balance) {
        this.balance = balance;
        this.totalBefore = balance.before(c -> true);
        this.totalAfter = balance.after(c -> true);
    }

    public static Table of(LandBalance balance) {
        return new LandUseStructureTable(balance).build(null, null);
    }

    /** With the row 其中：永久基本农田 (PBF before and after, m²; {@code null} when unknown). */
    public static Table of(LandBalance balance, Double pbfBefore, Double pbfAfter) {
        return new LandUseStructureTable(balance).build(pbfBefore, pbfAfter);
    }

    private Table build(Double pbfBefore, Double pbfAfter) {
        TreeSet<String> present = new TreeSet<>(balance.before().keySet());
        present.addAll(balance.after().keySet());
        for (String level1 : LandClassNames.level1Codes()) {
            row(level1, LandClassNames.name(level1), "一级", c -> level1.equals(LandClassNames.level1Of(c)));
            for (String level2 : LandClassNames.level2Codes(level1)) {
                if (present.stream().anyMatch(c -> level2.equals(LandClassNames.level2Of(c)))) {
                    row(level2, LandClassNames.name(level2), "二级", c -> level2.equals(LandClassNames.level2Of(c)));
                }
            }
        }
        present.stream().filter(c -> LandClassNames.level1Of(c) == null)
                .forEach(c -> row(c, UNKNOWN, "一级", c::equals));
        row("", "合计", "合计", c -> true);
        row("", "其中：耕地", "小计", LandClasses::isCultivated);
        row("", "其中：建设用地", "小计", LandClasses::isConstruction);
        if (pbfBefore != null || pbfAfter != null) {
            rows.add(Arrays.asList("", "其中：永久基本农田", "小计", Areas.ha(pbfBefore), Areas.mu(pbfBefore),
                    percent(pbfBefore, totalBefore), Areas.ha(pbfAfter), Areas.mu(pbfAfter), percent(pbfAfter, totalAfter),
                    Areas.ha(PlanFigures.minus(pbfAfter, pbfBefore)), Areas.mu(PlanFigures.minus(pbfAfter, pbfBefore))));
        }
        return new Table("T1", "整治前后土地利用结构调整表", "Land-use structure before and after consolidation",
                COLUMNS, rows);
    }

    private void row(String code, String name, String level, Predicate<String> classes) {
        double before = balance.before(classes);
        double after = balance.after(classes);
        rows.add(Arrays.asList(code, name, level, Areas.ha(before), Areas.mu(before), percent(before, totalBefore),
                Areas.ha(after), Areas.mu(after), percent(after, totalAfter), Areas.ha(after - before),
                Areas.mu(after - before)));
    }

    private static Double percent(Double part, double total) {
        return part == null || total == 0 ? null : part / total * 100;
    }
}
