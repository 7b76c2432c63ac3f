package org.landcon.farmland.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.landcon.api.model.Table;
import org.landcon.api.model.Table.Column;
import org.landcon.api.plan.PlanView;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * T2 永久基本农田调整表: the ministry's review form (domain.md §4), 调出 and 调入 side by side.
 * <ul>
 * <li>one row per figure: key, 项目, item, 单位, 调出, 调入, 变化 (调入 − 调出);</li>
 * <li>the total area is given in 公顷 and in 亩; the splits, the mean patch area and the
 * contiguity classes in 亩 as on the form; ratios in %; mean grade in 等 (empty when ungraded);</li>
 * <li>ratio = the side's area / the township's designated PBF area;</li>
 * <li>review rows (审查结果) carry their value in 变化 only: quantity increase (亩, %), mean grade
 * improvement (调出 − 调入, positive = better), mean patch area increase (亩, %) and 集中连片度
 * increase (percentage points); the form's "生态有改善" is judged by the ecology rules, not here.</li>
 * </ul>
 */
final class PbfAdjustmentTable {
    static final String ID = "T2";
    private static final String[] SLOPES_ZH = {"坡度≤15°", "坡度15°–25°", "坡度>25°", "坡度未标注"};
    private static final String[] SLOPES_EN = {"slope ≤ 15°", "slope 15–25°", "slope > 25°", "slope not given"};
    private static final String[] CLASSES = {"≤5亩", "5–10亩", "10–20亩", ">20亩"};
    private static final String[] CLASSES_EN = {"≤ 5 mu", "5–10 mu", "10–20 mu", "> 20 mu"};

    private final List<List<Object>> rows = new ArrayList<>();

    private PbfAdjustmentTable() {
    }

    static Table of(PlanView plan) {
        PlanIndex index = new PlanIndex(plan);
        Geometry highStandard = highStandard(plan);
        PbfSideFigures out = new PbfSideFigures(index, PbfSide.out(plan), highStandard);
        PbfSideFigures in = new PbfSideFigures(index, PbfSide.in(plan), highStandard);
        PbfAdjustmentTable t = new PbfAdjustmentTable();
        t.fill(out, in, plan.pbfDesignatedArea());
        return new Table(ID, "永久基本农田调整表", "Permanent basic farmland adjustment", List.of(
                new Column("key", "键", "key", null), new Column("item", "项目", "item", null),
                new Column("itemEn", "项目（英文）", "item (English)", null), new Column("unit", "单位", "unit", null),
                new Column("out", "调出", "out", null), new Column("in", "调入", "in", null),
                new Column("change", "变化", "change (in − out)", null)), t.rows);
    }

    private void fill(PbfSideFigures out, PbfSideFigures in, double designated) {
        row("area-ha", "总面积", "total area", "公顷", AreaUnits.ha(out.area), AreaUnits.ha(in.area));
        row("area-mu", "总面积", "total area", "亩", AreaUnits.mu(out.area), AreaUnits.mu(in.area));
        row("ratio", "占乡镇永久基本农田划定面积比例", "share of the designated PBF area", "%",
                designated > 0 ? out.area / designated * 100 : null, designated > 0 ? in.area / designated * 100 : null);
        row("mean-grade", "平均质量等别", "mean quality grade", "等", grade(out.grade), grade(in.grade));
        row("patches", "图斑数目", "patch count", "个", out.patchCount, in.patchCount);
        row("mean-patch-area", "平均单个图斑面积", "mean patch area", "亩", AreaUnits.mu(out.meanPatchArea()),
                AreaUnits.mu(in.meanPatchArea()));
        for (LandUseCategory c : LandUseCategory.values()) {
            row("class-" + c.key, "现状地类：" + c.zh, "current class: " + c.en, "亩", AreaUnits.mu(out.classes.get(c)),
                    AreaUnits.mu(in.classes.get(c)));
        }
        for (int i = 0; i < 4; i++) {
            row("slope-" + i, SLOPES_ZH[i], SLOPES_EN[i], "亩", AreaUnits.mu(out.slope[i]), AreaUnits.mu(in.slope[i]));
        }
        for (int i = 0; i < 4; i++) {
            row("contiguity-count-" + i, "连片规模" + CLASSES[i] + "图斑数", "patches " + CLASSES_EN[i], "个",
                    out.contiguityCounts[i], in.contiguityCounts[i]);
            row("contiguity-area-" + i, "连片规模" + CLASSES[i] + "面积", "area in patches " + CLASSES_EN[i], "亩",
                    AreaUnits.mu(out.contiguityAreas[i]), AreaUnits.mu(in.contiguityAreas[i]));
        }
        row("high-standard", "已建高标准农田面积", "area already high-standard farmland", "亩",
                AreaUnits.mu(out.highStandardArea), AreaUnits.mu(in.highStandardArea));
        review(out, in);
    }

    private void review(PbfSideFigures out, PbfSideFigures in) {
        double dArea = in.area - out.area;
        result("review-quantity", "审查结果：数量增加", "review: quantity increase", "亩", AreaUnits.mu(dArea));
        result("review-quantity-pct", "审查结果：数量增加比例", "review: quantity increase", "%",
                out.area > 0 ? dArea / out.area * 100 : null);
        result("review-grade", "审查结果：平均质量等别提升", "review: mean grade improvement", "等",
                out.grade.hasGrade() && in.grade.hasGrade() ? out.grade.mean() - in.grade.mean() : null);
        double dPatch = in.meanPatchArea() - out.meanPatchArea();
        result("review-patch", "审查结果：平均图斑面积增加", "review: mean patch area increase", "亩", AreaUnits.mu(dPatch));
        result("review-patch-pct", "审查结果：平均图斑面积增加比例", "review: mean patch area increase", "%",
                out.meanPatchArea() > 0 ? dPatch / out.meanPatchArea() * 100 : null);
        result("review-contiguity", "审查结果：集中连片度提升（>20亩图斑面积占比）",
                "review: contiguity increase (share of area in patches > 20 mu)", "百分点",
                (in.contiguity() - out.contiguity()) * 100);
    }

    private void row(String key, String zh, String en, String unit, Number out, Number in) {
        Double change = out == null || in == null ? null : in.doubleValue() - out.doubleValue();
        rows.add(Arrays.asList(key, zh, en, unit, out, in, change));
    }

    private void result(String key, String zh, String en, String unit, Double value) {
        rows.add(Arrays.asList(key, zh, en, unit, null, null, value));
    }

    private static Double grade(GradeMean g) {
        return g.hasGrade() ? g.mean() : null;
    }

    private static Geometry highStandard(PlanView plan) {
        List<Geometry> g = FarmlandParcels.ofKind(plan, FarmlandKinds.HIGH_STANDARD).stream()
                .map(p -> p.geometry()).toList();
        return g.isEmpty() ? null : UnaryUnionOp.union(g);
    }
}
