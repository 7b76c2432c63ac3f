package org.landcon.farmland.internal;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.Table;
import org.landcon.api.model.Table.Column;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;

/**
 * T3 新增耕地表.
 * <ul>
 * <li>detail rows: one per change parcel (any content type) × original class × grade after, for
 * the pieces that make 耕地 out of non-耕地, and for 旱改水 (0102/0103 → 0101, new 水田 only);</li>
 * <li>面积 = f × TBMJ of the pieces (official area); 扣除 = f × TBMJ × KCXS_after; 新增 = the rest;
 * grade = the parcel's {@code toGrade}, else the DLTB's GDDB (empty when none);</li>
 * <li>date = the parcel's {@code acceptance} property (验收日期) when given, else {@code finish};</li>
 * <li>summary rows (子项目 = 合计): new 耕地 per new class (水田/水浇地/旱地) × grade, a subtotal
 * per class, the total of new 耕地, and 旱改水 new 水田 apart (it adds no 耕地).</li>
 * </ul>
 */
final class NewCultivatedTable {
    static final String ID = "T3";
    static final String SUMMARY = "合计";
    private static final String[] NEW_CLASSES = {"0101", "0102", "0103"};
    private static final String[] NEW_CLASS_NAMES = {"水田", "水浇地", "旱地"};

    /** One detail row before formatting. */
    private record Line(ChangeParcel parcel, String from, String to, Integer grade, double[] areas) {
    }

    private NewCultivatedTable() {
    }

    static Table of(PlanView plan) {
        PlanIndex index = new PlanIndex(plan);
        Map<List<Object>, Line> lines = new LinkedHashMap<>();
        for (OverlayPiece piece : plan.pieces()) {
            if (CultivatedFlow.creates(piece) || isDryToPaddy(piece)) {
                Integer grade = index.gradeAfter(piece);
                Line line = lines.computeIfAbsent(Arrays.asList(piece.parcel(), piece.fromDLBM(), piece.toDLBM(), grade),
                        k -> new Line(index.parcel(piece), piece.fromDLBM(), piece.toDLBM(), grade, new double[3]));
                line.areas[0] += piece.officialArea();
                line.areas[1] += piece.inDeduction();
                line.areas[2] += piece.inArea();
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        lines.values().forEach(l -> rows.add(detail(l)));
        summary(lines.values(), rows);
        return new Table(ID, "新增耕地表", "New cultivated land", columns(), rows);
    }

    private static boolean isDryToPaddy(OverlayPiece piece) {
        return LandClasses.isCultivated(piece.fromDLBM()) && !LandClasses.parent(piece.fromDLBM()).equals("0101")
                && "0101".equals(LandClasses.parent(piece.toDLBM())) && piece.inArea() > 0;
    }

    private static List<Object> detail(Line l) {
        NewCultivatedSource source = NewCultivatedSource.of(l.from);
        String date = l.parcel.text("acceptance") != null ? l.parcel.text("acceptance")
                : Objects.toString(l.parcel.finish(), null);
        return Arrays.asList(l.parcel.subproject(), l.parcel.id(), source.zh, l.from, l.to, AreaUnits.ha(l.areas[0]),
                AreaUnits.ha(l.areas[1]), AreaUnits.ha(l.areas[2]), AreaUnits.mu(l.areas[2]), l.grade,
                "0101".equals(LandClasses.parent(l.to)), l.parcel.measure(), date);
    }

    private static void summary(Iterable<Line> lines, List<List<Object>> rows) {
        double total = 0;
        double paddyFromDry = 0;
        for (int c = 0; c < NEW_CLASSES.length; c++) {
            Map<Integer, double[]> byGrade = new TreeMap<>(java.util.Comparator.nullsLast(Integer::compare));
            for (Line l : lines) {
                boolean dry = NewCultivatedSource.of(l.from) == NewCultivatedSource.DRY_TO_PADDY;
                if (dry && c == 0) {
                    paddyFromDry += l.areas[2];
                }
                if (!dry && NEW_CLASSES[c].equals(LandClasses.parent(l.to))) {
                    double[] a = byGrade.computeIfAbsent(l.grade, g -> new double[3]);
                    Arrays.setAll(a, i -> a[i] + l.areas[i]);
                }
            }
            double[] sub = new double[3];
            for (Map.Entry<Integer, double[]> e : byGrade.entrySet()) {
                rows.add(sumRow(NEW_CLASS_NAMES[c], NEW_CLASSES[c], e.getKey(), e.getValue()));
                Arrays.setAll(sub, i -> sub[i] + e.getValue()[i]);
            }
            rows.add(sumRow(NEW_CLASS_NAMES[c] + "小计", NEW_CLASSES[c], null, sub));
            total += sub[2];
        }
        rows.add(sumRow("新增耕地合计", null, null, new double[] {Double.NaN, Double.NaN, total}));
        rows.add(sumRow("旱改水新增水田", "0101", null, new double[] {Double.NaN, Double.NaN, paddyFromDry}));
    }

    private static List<Object> sumRow(String label, String to, Integer grade, double[] a) {
        return Arrays.asList(SUMMARY, null, label, null, to, Double.isNaN(a[0]) ? null : AreaUnits.ha(a[0]),
                Double.isNaN(a[1]) ? null : AreaUnits.ha(a[1]), AreaUnits.ha(a[2]), AreaUnits.mu(a[2]), grade,
                to == null ? null : "0101".equals(to), null, null);
    }

    private static List<Column> columns() {
        return List.of(new Column("subproject", "子项目", "sub-project", null),
                new Column("parcel", "地块", "parcel", null), new Column("source", "来源", "source", null),
                new Column("fromDLBM", "原地类", "original class", null),
                new Column("toDLBM", "新地类", "new class", null),
                new Column("area", "面积", "area (official, f × TBMJ)", "公顷"),
                new Column("deduction", "扣除面积", "deduction", "公顷"),
                new Column("newArea", "新增面积", "new area", "公顷"),
                new Column("newAreaMu", "新增面积", "new area", "亩"),
                new Column("grade", "质量等别", "quality grade", "等"),
                new Column("paddy", "是否水田", "paddy", null),
                new Column("measure", "测量方式", "measure", null),
                new Column("date", "验收/完工日期", "acceptance / finish date", null));
    }
}
