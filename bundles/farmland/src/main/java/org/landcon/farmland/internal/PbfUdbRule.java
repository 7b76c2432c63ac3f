package org.landcon.farmland.internal;

import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * PBF-UDB (条十一): PBF inside the 城镇开发边界 (CZKFBJ) is in principle kept; a {@code pbf-out}
 * parcel inside it needs the property {@code surveyOpinion} (实地踏勘论证意见 reference).
 * <ul>
 * <li>"inside" = more than 0.01 m² of the parcel's polygon lies in the union of CZKFBJ;</li>
 * <li>figure {@code outAreaInUdb} = Σ official area × the planar share of the parcel inside;</li>
 * <li>features: the parcels inside without an opinion; none inside, no 调出 or no CZKFBJ layer →
 * not applicable.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=PBF-UDB")
public final class PbfUdbRule extends CatalogueRule {
    private static final double TOLERANCE = 0.01;

    public PbfUdbRule() {
        super("PBF-UDB", "城镇开发边界内永久基本农田调出须有实地踏勘论证意见",
                "PBF out inside the urban development boundary needs a field-survey opinion", "十一");
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        PbfSide out = PbfSide.out(plan);
        double inside = 0;
        List<String> withoutOpinion = new ArrayList<>();
        int count = 0;
        for (ChangeParcel p : out.parcels()) {
            double planar = plan.areaInside(p.geometry(), ControlLayers.CZKFBJ);
            if (planar > TOLERANCE) {
                count++;
                inside += out.area(p) * planar / p.geometry().getArea();
                if (p.text("surveyOpinion") == null) {
                    withoutOpinion.add(p.id());
                }
            }
        }
        if (count == 0) {
            return verdict(Outcome.NOT_APPLICABLE, "无城镇开发边界内的永久基本农田调出",
                    "no PBF taken out inside the urban development boundary").build();
        }
        Verdict.Builder v = withoutOpinion.isEmpty()
                ? verdict(Outcome.PASS, "城镇开发边界内调出 " + AreaUnits.zh(inside) + "，均有实地踏勘论证意见",
                        AreaUnits.en(inside) + " PBF out inside the UDB, all with a field-survey opinion")
                : verdict(Outcome.VIOLATION,
                        "城镇开发边界内调出永久基本农田缺少实地踏勘论证意见（surveyOpinion）：" + String.join("、", withoutOpinion),
                        "PBF out inside the UDB without field-survey opinion (surveyOpinion): "
                                + String.join(", ", withoutOpinion))
                        .features(withoutOpinion);
        return v.figure("outAreaInUdb", inside).figure("parcelsInUdb", count)
                .figure("parcelsWithoutOpinion", withoutOpinion.size()).build();
    }
}
