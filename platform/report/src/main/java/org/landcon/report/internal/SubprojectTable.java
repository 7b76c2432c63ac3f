package org.landcon.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Table;
import org.landcon.api.model.Table.Column;

/**
 * T4 子项目安排表: one row per sub-project with its content type, kinds, villages, parcel count,
 * planar area (公顷, 亩), investment (万元), funding split as text, departments, start and finish,
 * households. The numeric funding split is T6.
 */
public final class SubprojectTable {

    private static final List<Column> COLUMNS = List.of(
            new Column("subproject", "子项目编号", "Sub-project", null),
            new Column("name", "子项目名称", "Name", null),
            new Column("type", "内容类型", "Content type", null),
            new Column("kinds", "工程类型", "Kinds", null),
            new Column("villages", "涉及村", "Villages", null),
            new Column("parcels", "地块数", "Parcels", "个"),
            new Column("areaHa", "面积", "Area", "公顷"),
            new Column("areaMu", "面积", "Area", "亩"),
            new Column("investment", "投资", "Investment", "万元"),
            new Column("funding", "资金来源", "Funding", null),
            new Column("department", "责任部门", "Department", null),
            new Column("start", "开工日期", "Start", null),
            new Column("finish", "完工日期", "Finish", null),
            new Column("households", "涉及户数", "Households", "户"));

    private SubprojectTable() {
    }

    public static Table of(List<ChangeParcel> parcels) {
        List<List<Object>> rows = new ArrayList<>();
        for (Subproject s : Subproject.group(parcels)) {
            rows.add(Arrays.asList(s.id, s.name, s.type, String.join("、", s.kinds), join(s.villages), s.parcels,
                    Areas.ha(s.area), Areas.mu(s.area), s.investment, fundingText(s.funding), join(s.departments),
                    text(s.start), text(s.finish), s.households));
        }
        return new Table("T4", "子项目安排表", "Sub-projects", COLUMNS, rows);
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
