package org.landcon.landscape.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.Outcome;
import org.landcon.api.model.Verdict;
import org.landcon.api.plan.PlanView;
import org.landcon.api.rule.PlanRule;
import org.osgi.service.component.annotations.Component;

/**
 * ECO-TREES 禁止砍伐、非法移植古树名木 (条二(三), 十三): no change parcel of any type comes within a
 * listed tree's protection radius ({@link ListedTrees}: GSMM points, BHBJ m, 10 m by default),
 * i.e. the parcel's geometry is within that planar distance of the point.
 * <ul>
 * <li>exempt: {@code old-tree-protection} parcels that change no land class (no {@code toDLBM}):
 * they are the protection itself;</li>
 * <li>features: the parcels, then the trees; figures: {@code trees}, {@code parcels},
 * {@code minDistance} (m, the closest parcel to a tree);</li>
 * <li>not applicable when the package has no GSMM layer.</li>
 * </ul>
 */
@Component(service = PlanRule.class, property = PlanRule.RULE_ID + "=" + TreeProtectionRule.ID)
public final class TreeProtectionRule implements PlanRule {
    static final String ID = "ECO-TREES";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "禁止砍伐、非法移植古树名木";
    }

    @Override
    public String titleEn() {
        return "No felling or moving of listed old trees";
    }

    @Override
    public String article() {
        return "二(三), 十三";
    }

    @Override
    public Verdict evaluate(PlanView plan) {
        if (!plan.hasControl(ControlLayers.GSMM)) {
            return Verdict.of(ID, Outcome.NOT_APPLICABLE).message("方案无古树名木图层（GSMM）",
                    "the plan has no listed tree layer (GSMM)").build();
        }
        List<ChangeParcel> works = plan.changeParcels().stream().filter(p -> !protection(p)).toList();
        List<ListedTrees.Encroachment> found = ListedTrees.encroachments(plan, works);
        Set<String> parcels = new LinkedHashSet<>();
        Set<String> trees = new LinkedHashSet<>();
        found.forEach(e -> {
            parcels.add(e.parcel().id());
            trees.add(e.tree().id());
        });
        Verdict.Builder v = Verdict.of(ID, found.isEmpty() ? Outcome.PASS : Outcome.VIOLATION)
                .figure("trees", trees.size()).figure("parcels", parcels.size());
        if (found.isEmpty()) {
            return v.message("无地块进入古树名木保护范围", "no parcel comes within a listed tree's protection radius").build();
        }
        v.figure("minDistance", found.stream().mapToDouble(ListedTrees.Encroachment::distance).min().orElseThrow());
        return v.features(parcels).features(trees)
                .message("地块进入古树名木保护范围：" + found.stream().map(e -> describe(e, "距", "保护半径"))
                        .collect(Collectors.joining("；")),
                        "parcels within a listed tree's protection radius: " + found.stream()
                                .map(e -> describe(e, "at", "radius")).collect(Collectors.joining("; ")))
                .build();
    }

    private static boolean protection(ChangeParcel p) {
        return LandscapeKinds.OLD_TREE_PROTECTION.equals(p.kind()) && p.toDLBM() == null;
    }

    private static String describe(ListedTrees.Encroachment e, String at, String radius) {
        return e.parcel().id() + " → " + e.tree().id() + " (" + at + " " + Areas.number(e.distance()) + " m, " + radius
                + " " + Areas.number(e.radius()) + " m)";
    }
}
