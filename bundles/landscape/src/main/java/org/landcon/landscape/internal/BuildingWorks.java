package org.landcon.landscape.internal;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.OverlayPiece;
import org.landcon.api.plan.LandClasses;
import org.landcon.api.plan.PlanView;

/**
 * Which change parcels demolish or build (拆旧, 建新), whatever their content type: kind
 * {@code demolition} or {@code new-construction}, or any overlay piece that changes the class of
 * land on either side of which is 建设用地 (out of it, into it, or from one construction use to
 * another, e.g. 0702 宅基地 → 05H1 商业, which means rebuilding); and which of them are marked as
 * repair (修缮): {@code repair} = true, or kind {@code heritage-repair}.
 */
final class BuildingWorks {

    private BuildingWorks() {
    }

    static boolean demolishesOrBuilds(PlanView plan, ChangeParcel p) {
        if ("demolition".equals(p.kind()) || "new-construction".equals(p.kind())) {
            return true;
        }
        return plan.pieces(p.id()).stream().anyMatch(BuildingWorks::changesConstruction);
    }

    static boolean repair(ChangeParcel p) {
        Object v = p.properties().get("repair");
        return LandscapeKinds.HERITAGE_REPAIR.equals(p.kind()) || v != null && "true".equals(v.toString());
    }

    private static boolean changesConstruction(OverlayPiece x) {
        boolean construction = LandClasses.isConstruction(x.fromDLBM()) || LandClasses.isConstruction(x.toDLBM());
        return construction && !LandClasses.parent(x.fromDLBM()).equals(LandClasses.parent(x.toDLBM()));
    }
}
