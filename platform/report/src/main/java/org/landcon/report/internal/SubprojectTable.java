package org.landcon.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.Table;
import org.landcon.api.model.Table.Column;

/**
 * T4 子项目安排表: one row per sub-project with its content type, kinds, villages, parcel count,
 * planar area (公顷, 亩), investment (万元), funding split as text, departments, start and finish,
 * households. With the overlay pieces it adds the official area (f × TBMJ), 耕地 covered, new 耕地
 * and construction land reduced, in 公顷. The numeric funding split is T6.
 */
public final class SubprojectTable {

    private static final List<Column> HEAD = List.of(
            new Column("subproject", "子项目编号", "Sub-project", null),
            new Column("name", "子项目名称", "Name", null),
            new Column("type", "内容类型", "Content type", null),
            new Column("kinds", "工程类型", "Kinds", null),
            new Column("villages", "涉及村", "Villages", null),
            new Column("parcels", "地块数", "Parcels", "个"),
            new Column("areaHa", "图上面积", "Planar area", "公顷"),
            new Column("areaMu", "图上面积", "Planar area", "亩"));
    private static final List<Column> OVERLAY = List.of(
            new Column("officialHa", "面积（图斑面积口径）", "Official area", "公顷"),
            new Column("officialMu", "面积（图斑面积口径）", "Official area", "亩"),
            new Column("cultivatedHa", "涉及耕地", "Cultivated land covered", "公顷"),
            new Column("newCultivatedHa", "新增耕地", "New cultivated land", "公顷"),
            new Column("constructionReducedHa", "减少建设用地", "Construction land reduced", "公顷"));
    private static final List<Column> TAIL = List.of(
            new Column("investment", "投资", "Investment", "万元"),
            new Column("funding", "资金来源", "Funding", null),
            new Column("department", "责任部门", "Department", null),
            new Column("start", "开工日期", "Start", null),
            new Column("finish", "完工日期", "Finish", null),
            new Column("households", "涉及户数", "Households", "户"));

    private SubprojectTable() {
    }

    /** T4 from the change parcels alone. */
    public static Table of(List<ChangeParcel> parcels) {
        return of(parcels, null);
    }

    /** T4 with the overlay figures when {@code pieces} is not {@code null}. */
    public static Table of(List<ChangeParcel> parcels, List<OverlayPiece> pieces) {
        SubprojectOverlay overlay = pieces == null ? null : new SubprojectOverlay(parcels, pieces);
        List<List<Object>> rows = new ArrayList<>();
        for (Subproject s : Subproject.group(parcels)) {
            List<Object> row = new ArrayList<>(Arrays.asList(s.id, s.name, s.type, String.join("、", s.kinds),
                    join(s.villages), s.parcels, Areas.ha(s.area), Areas.mu(s.area)));
            if (overlay != null) {
                SubprojectOverlay.Sums o = overlay.of(s.id);
                row.addAll(List.of(Areas.ha(o.official()), Areas.mu(o.official()), Areas.ha(o.cultivatedTouched()),
                        Areas.ha(o.newCultivated()), Areas.ha(o.constructionReduced())));
            }
            row.addAll(Arrays.asList(s.investment, fundingText(s.funding), join(s.departments), text(s.start),
                    text(s.finish), s.households));
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>(HEAD);
        columns.addAll(overlay == null ? List.of() : OVERLAY);
        columns.addAll(TAIL);
        return new Table("T4", "子项目安排表", "Sub-projects", columns, rows);
    }

    /** E.g. {@code 中央财政资金 300、专项债券 80}: known sources in their order, then the others. */
    static String fundingText(Map<String, Double> funding) {
        return funding.isEmpty() ? null : funding.entrySet().stream().sorted(FundingSource.ORDER)
                .map(e -> FundingSource.zh(e.getKey()) + " " + Numbers.plain(e.getValue()))
                .collect(Collectors.joining("、"));
    }

    private static String join(java.util.Set<String> values) {
        return values.isEmpty() ? null : String.join("、", values);
    }

    private static String text(Object date) {
        return date == null ? null : date.toString();
    }
}
