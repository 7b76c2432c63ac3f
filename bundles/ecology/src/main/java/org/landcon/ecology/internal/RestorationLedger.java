package org.landcon.ecology.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.Table;
import org.landcon.api.model.Table.Column;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;

/**
 * 生态保护修复表: one row per sub-project, kind and class change (before → after) of the ecology
 * parcels, with the official area (f × TBMJ) and the 生态用地 gained (inArea into an ecological
 * class less outArea out of one); a last row 合计. Areas in m².
 */
final class RestorationLedger {
    private static final String M2 = "m²";

    private RestorationLedger() {
    }

    static Table table(PlanView plan) {
        Map<List<Object>, double[]> rows = new LinkedHashMap<>();
        for (ChangeParcel p : plan.changeParcels(EcologyModule.TYPE)) {
            for (OverlayPiece x : plan.pieces(p.id())) {
                List<Object> key = Arrays.asList(p.subproject(), p.name(), p.kind(), x.fromDLBM(), x.toDLBM());
                double[] sums = rows.computeIfAbsent(key, k -> new double[2]);
                sums[0] += x.officialArea();
                sums[1] += gain(x);
            }
        }
        List<List<Object>> out = new ArrayList<>();
        double area = 0;
        double gain = 0;
        for (Map.Entry<List<Object>, double[]> e : rows.entrySet()) {
            List<Object> row = new ArrayList<>(e.getKey());
            row.add(e.getValue()[0]);
            row.add(e.getValue()[1]);
            out.add(row);
            area += e.getValue()[0];
            gain += e.getValue()[1];
        }
        out.add(Arrays.asList("合计", null, null, null, null, area, gain));
        return new Table("ECO-RESTORATION", "生态保护修复表", "Ecological protection and restoration", List.of(
                new Column("subproject", "子项目", "sub-project", null), new Column("name", "名称", "name", null),
                new Column("kind", "类型", "kind", null), new Column("fromDLBM", "整治前地类", "class before", null),
                new Column("toDLBM", "整治后地类", "class after", null), new Column("area", "面积", "area", M2),
                new Column("ecologicalGain", "新增生态用地", "ecological land gained", M2)), out);
    }

    /** 生态用地 the piece adds (negative when it takes ecological land away). */
    static double gain(OverlayPiece x) {
        return (LandClasses.isEcological(x.toDLBM()) ? x.inArea() : 0)
                - (LandClasses.isEcological(x.fromDLBM()) ? x.outArea() : 0);
    }
}
