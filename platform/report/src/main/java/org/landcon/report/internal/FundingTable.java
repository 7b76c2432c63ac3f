package org.landcon.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Table;
import org.landcon.api.model.Table.Column;

/**
 * T6 投资估算与资金平衡表: per sub-project the investment, the funding by source (万元), the funding
 * total, the balance (funding − investment; negative is a gap) and the share of debt-financed
 * funding (专项债券, 银行贷款) in the funding total; a 合计 row sums them. The known sources always
 * have a column; any other source a package names gets its own column after them.
 */
public final class FundingTable {

    private final List<Subproject> subprojects;
    private final List<String> sources;

    private FundingTable(List<ChangeParcel> parcels) {
        this.subprojects = Subproject.group(parcels);
        Set<String> s = new LinkedHashSet<>(FundingSource.KNOWN);
        subprojects.forEach(p -> s.addAll(p.funding.keySet()));
        this.sources = List.copyOf(s);
    }

    public static Table of(List<ChangeParcel> parcels) {
        return new FundingTable(parcels).build();
    }

    private Table build() {
        List<Column> columns = new ArrayList<>(List.of(new Column("subproject", "子项目编号", "Sub-project", null),
                new Column("name", "子项目名称", "Name", null), new Column("investment", "投资估算", "Investment", "万元")));
        sources.forEach(s -> columns.add(new Column("funding." + s, FundingSource.zh(s), FundingSource.en(s), "万元")));
        columns.add(new Column("fundingTotal", "资金合计", "Funding total", "万元"));
        columns.add(new Column("balance", "资金平衡", "Balance (funding − investment)", "万元"));
        columns.add(new Column("debtShare", "债务性资金占比", "Debt-financed share", "比例"));
        List<List<Object>> rows = new ArrayList<>();
        subprojects.forEach(s -> rows.add(row(s.id, s.name, s.investment, s.funding::get)));
        rows.add(row("", "合计", sum(s -> s.investment), key -> sum(s -> s.funding.get(key))));
        return new Table("T6", "投资估算与资金平衡表", "Investment and funding balance", columns, rows);
    }

    private List<Object> row(String id, String name, Double investment, java.util.function.Function<String, Double> source) {
        List<Object> row = new ArrayList<>(java.util.Arrays.asList(id, name)); // a sub-project may have no name
        row.add(investment);
        Double total = null;
        double debt = 0;
        for (String s : sources) {
            Double v = source.apply(s);
            row.add(v);
            total = v == null ? total : Double.valueOf(total == null ? v : total + v);
            debt += v != null && FundingSource.DEBT.contains(s) ? v : 0;
        }
        row.add(total);
        row.add(total == null && investment == null ? null : nz(total) - nz(investment));
        row.add(total == null || total == 0 ? null : debt / total);
        return row;
    }

    private Double sum(java.util.function.Function<Subproject, Double> value) {
        return subprojects.stream().map(value).filter(v -> v != null).reduce(Double::sum).orElse(null);
    }

    private static double nz(Double v) {
        return v == null ? 0 : v;
    }
}
