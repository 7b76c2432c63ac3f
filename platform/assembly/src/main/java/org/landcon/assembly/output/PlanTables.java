package org.landcon.assembly.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.Table;
import org.landcon.report.StandardTables;

/**
 * Every table of a plan in the order officials file them: the core's T1, T4, T6, T7, T8 and the
 * content modules' ledgers (T2 and T3 from farmland, T5 from construction, others after), sorted
 * by table id.
 */
public final class PlanTables {

    private PlanTables() {
    }

    public static List<Table> of(AssembledPlan plan, List<ChangeParcel> parcels) {
        List<Table> tables = new ArrayList<>();
        tables.add(StandardTables.t1(plan));
        tables.add(StandardTables.t4(parcels, plan.pieces()));
        tables.add(StandardTables.t6(parcels));
        tables.add(StandardTables.t7(plan.unit(), parcels));
        tables.add(StandardTables.t8(plan));
        tables.addAll(plan.tables());
        tables.sort(Comparator.comparing(PlanTables::order).thenComparing(Table::id));
        return tables;
    }

    /** T1–T8 first by number, then the modules' own ledgers. */
    private static int order(Table t) {
        String id = t.id();
        if (id.length() >= 2 && id.charAt(0) == 'T' && Character.isDigit(id.charAt(1))) {
            return id.charAt(1) - '0';
        }
        return 100;
    }
}
