package org.landcon.farmland.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * FARM-MEASURED 新增耕地面积应实测 (条十一): every change parcel (of any content type) whose pieces
 * make 耕地 out of non-耕地 carries {@code measure = measured}; {@code map} (图上作业),
 * {@code coefficient} (系数测算) or none is a violation naming the parcel.
 * <ul>
 * <li>new 耕地 of a piece = f × TBMJ × (1 − KCXS_after) where the class before is not 耕地 and
 * the class after is (旱改水 and other 耕地 → 耕地 changes are not new 耕地);</li>
 * <li>no parcel makes new 耕地 → not applicable;</li>
 * <li>figures: {@code newCultivatedArea} and {@code unmeasuredArea} in m².</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=FARM-MEASURED")
public final class MeasuredAreaRule extends CatalogueRule {

    public MeasuredAreaRule() {
        super("FARM-MEASURED", "新增耕地面积应实测，不得图上作业或系数测算",
                "new cultivated land is measured in the field, not on the map or by coefficient", "十一");
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        PlanIndex index = new PlanIndex(plan);
        Map<ChangeParcel, Double> created = new LinkedHashMap<>();
        for (OverlayPiece piece : plan.pieces()) {
            if (CultivatedFlow.creates(piece)) {
                created.merge(index.parcel(piece), piece.inArea(), Double::sum);
            }
        }
        if (created.isEmpty()) {
            return verdict(Outcome.NOT_APPLICABLE, "方案无新增耕地", "the plan makes no new cultivated land").build();
        }
        double total = created.values().stream().mapToDouble(Double::doubleValue).sum();
        List<ChangeParcel> unmeasured = created.keySet().stream().filter(p -> !"measured".equals(p.measure())).toList();
        double unmeasuredArea = unmeasured.stream().mapToDouble(created::get).sum();
        List<String> ids = FarmlandParcels.ids(unmeasured);
        Verdict.Builder v = ids.isEmpty()
                ? verdict(Outcome.PASS, "新增耕地 " + AreaUnits.zh(total) + " 均为实测",
                        "all " + AreaUnits.en(total) + " of new cultivated land is measured")
                : verdict(Outcome.VIOLATION, "新增耕地 " + AreaUnits.zh(unmeasuredArea) + "未实测（measure 应为 measured）："
                        + String.join("、", ids), AreaUnits.en(unmeasuredArea)
                        + " of new cultivated land not measured (measure must be measured): " + String.join(", ", ids))
                        .features(ids);
        return v.figure("newCultivatedArea", total).figure("unmeasuredArea", unmeasuredArea).build();
    }
}
