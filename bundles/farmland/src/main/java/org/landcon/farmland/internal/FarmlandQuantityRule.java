package org.landcon.farmland.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.OverlayPiece;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * FARM-QTY 耕地数量不减少 (条二(一)、十).
 * <ul>
 * <li>Σ 耕地 before and after over the whole unit, from the plan's land balance (TBDLMJ of classes
 * 0101/0102/0103 with K codes; 田坎 is not 耕地);</li>
 * <li>after &lt; before − 0.01 m² → violation; the features are the change parcels of every content
 * type whose own pieces reduce 耕地 (net of what they add);</li>
 * <li>figures: {@code before}, {@code after}, {@code change} in m².</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=FARM-QTY")
public final class FarmlandQuantityRule extends CatalogueRule {
    private static final double TOLERANCE = 0.01;

    public FarmlandQuantityRule() {
        super("FARM-QTY", "耕地数量不减少", "cultivated land does not decrease", "二(一)、十");
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        double before = plan.balance().before(LandClasses::isCultivated);
        double after = plan.balance().after(LandClasses::isCultivated);
        double change = after - before;
        String what = "整治前 " + AreaUnits.zh(before) + "，整治后 " + AreaUnits.zh(after);
        String whatEn = AreaUnits.en(before) + " before, " + AreaUnits.en(after) + " after";
        Verdict.Builder v = change < -TOLERANCE
                ? verdict(Outcome.VIOLATION, "耕地减少 " + AreaUnits.zh(-change) + "：" + what,
                        "cultivated land decreases by " + AreaUnits.en(-change) + ": " + whatEn)
                        .features(reducing(plan))
                : verdict(Outcome.PASS, "耕地不减少：" + what, "cultivated land does not decrease: " + whatEn);
        return v.figure("before", before).figure("after", after).figure("change", change).build();
    }

    private static List<String> reducing(PlanView plan) {
        Map<String, Double> net = new LinkedHashMap<>();
        for (OverlayPiece piece : plan.pieces()) {
            net.merge(piece.parcel(), CultivatedFlow.net(piece), Double::sum);
        }
        return net.entrySet().stream().filter(e -> e.getValue() < -TOLERANCE).map(Map.Entry::getKey).toList();
    }
}
