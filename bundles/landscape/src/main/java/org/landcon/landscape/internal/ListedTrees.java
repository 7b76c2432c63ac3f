package org.landcon.landscape.internal;

import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.plan.PlanView;

/**
 * 古树名木 (layer GSMM, points) and their protection radius: field {@code BHBJ} in m; when it is
 * absent, not a number or not positive, {@link #DEFAULT_RADIUS} = 10 m (a conservative floor; the
 * usual 保护范围 is the crown's projection plus 5 m, so real layers should carry BHBJ).
 */
final class ListedTrees {
    static final double DEFAULT_RADIUS = 10;

    private ListedTrees() {
    }

    /** One parcel within one tree's radius. */
    record Encroachment(ControlFeature tree, ChangeParcel parcel, double radius, double distance) {
    }

    static double radius(ControlFeature tree) {
        double r = tree.number("BHBJ", DEFAULT_RADIUS);
        return r > 0 ? r : DEFAULT_RADIUS;
    }

    /** Every (tree, parcel) pair where the parcel's geometry comes within the tree's radius, in tree order. */
    static List<Encroachment> encroachments(PlanView plan, List<ChangeParcel> parcels) {
        List<Encroachment> out = new ArrayList<>();
        for (ControlFeature tree : plan.control(ControlLayers.GSMM)) {
            double r = radius(tree);
            for (ChangeParcel p : parcels) {
                if (p.geometry().isWithinDistance(tree.geometry(), r)) {
                    out.add(new Encroachment(tree, p, r, p.geometry().distance(tree.geometry())));
                }
            }
        }
        return out;
    }

    /** The name of a tree or zone: MC, else NAME, else ZWM (树种中文名), else null. */
    static String name(ControlFeature f) {
        for (String key : List.of("MC", "NAME", "ZWM")) {
            Object v = f.properties().get(key);
            if (v != null && !v.toString().isBlank()) {
                return v.toString();
            }
        }
        return null;
    }
}
