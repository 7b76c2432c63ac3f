package org.landcon.web.internal.plan;

import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Table;
import org.landcon.report.StandardTables;

/** The tables of a version: T1, T4, T6, T7, T8 of the platform, then the content modules' ledgers. */
public final class PlanTables {

    private PlanTables() {
    }

    public static List<Table> of(PlanPackage pkg, AssembledPlan plan) {
        List<Table> tables = new ArrayList<>();
        tables.add(StandardTables.t1(plan));
        tables.add(StandardTables.t4(pkg.changeParcels(), plan.pieces()));
        tables.add(StandardTables.t6(pkg.changeParcels()));
        tables.add(StandardTables.t7(plan.unit(), pkg.changeParcels()));
        tables.add(StandardTables.t8(plan));
        tables.addAll(plan.tables());
        return tables;
    }
}
