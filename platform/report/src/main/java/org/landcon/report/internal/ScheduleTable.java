package org.landcon.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Table;
import org.landcon.api.model.Table.Column;
import org.landcon.api.model.Unit;

/**
 * T7 实施时序: per sub-project its start and finish, and one column per year of the plan period
 * (unit.startYear … unit.endYear) marked 开工 (start), 实施 (in works), 完工 (finish) or 开工、完工;
 * a remark names dates missing or outside the period, which the officials must settle.
 */
public final class ScheduleTable {

    private ScheduleTable() {
    }

    public static Table of(Unit unit, List<ChangeParcel> parcels) {
        List<Column> columns = new ArrayList<>(List.of(new Column("subproject", "子项目编号", "Sub-project", null),
                new Column("name", "子项目名称", "Name", null), new Column("start", "开工日期", "Start", null),
                new Column("finish", "完工日期", "Finish", null)));
        for (int y = unit.startYear(); y <= unit.endYear(); y++) {
            columns.add(new Column("y" + y, y + "年", String.valueOf(y), null));
        }
        columns.add(new Column("remark", "备注", "Remark", null));
        List<List<Object>> rows = new ArrayList<>();
        for (Subproject s : Subproject.group(parcels)) {
            List<Object> row = new ArrayList<>(Arrays.asList(s.id, s.name, text(s.start), text(s.finish)));
            for (int y = unit.startYear(); y <= unit.endYear(); y++) {
                row.add(milestone(y, s.start, s.finish));
            }
            row.add(remark(unit, s.start, s.finish));
            rows.add(row);
        }
        return new Table("T7", "实施时序表", "Implementation schedule", columns, rows);
    }

    static String milestone(int year, LocalDate start, LocalDate finish) {
        boolean starts = start != null && start.getYear() == year;
        boolean finishes = finish != null && finish.getYear() == year;
        if (starts && finishes) {
            return "开工、完工";
        }
        if (starts || finishes) {
            return starts ? "开工" : "完工";
        }
        boolean within = start != null && finish != null && start.getYear() < year && year < finish.getYear();
        return within ? "实施" : null;
    }

    static String remark(Unit unit, LocalDate start, LocalDate finish) {
        List<String> notes = new ArrayList<>();
        if (start == null || finish == null) {
            notes.add("缺少开工或完工日期 (start or finish missing)");
        }
        if (start != null && start.getYear() < unit.startYear()) {
            notes.add("开工早于实施期限 (starts before " + unit.startYear() + ")");
        }
        if (finish != null && finish.getYear() > unit.endYear()) {
            notes.add("完工晚于实施期限 (finishes after " + unit.endYear() + ")");
        }
        if (start != null && finish != null && finish.isBefore(start)) {
            notes.add("完工早于开工 (finish before start)");
        }
        return notes.isEmpty() ? null : String.join("；", notes);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
