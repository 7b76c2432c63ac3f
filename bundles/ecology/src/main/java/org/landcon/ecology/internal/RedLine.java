package org.landcon.ecology.internal;

import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.model.LandParcel;
import org.landcon.api.plan.PlanView;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The ecological protection red line (生态保护红线, layer STBHHX). Its total area is an official
 * figure, on the ellipsoid ({@link PlanView#officialArea}); what lies inside it is a question of
 * position, answered in planar m² of the unit's CRS.
 */
final class RedLine {

    private RedLine() {
    }

    static boolean present(PlanView plan) {
        return plan.hasControl(ControlLayers.STBHHX);
    }

    /** Official m² ({@link PlanView#officialArea}) of the union of the red-line polygons (overlaps counted once). */
    static double area(PlanView plan) {
        List<Geometry> polygons = plan.control(ControlLayers.STBHHX).stream().map(ControlFeature::geometry)
                .filter(g -> g.getDimension() == 2).toList();
        return polygons.isEmpty() ? 0 : plan.officialArea(UnaryUnionOp.union(polygons));
    }

    /** Planar m² of the part of {@code parcel} over {@code land} that lies inside the red line. */
    static double inside(PlanView plan, ChangeParcel parcel, LandParcel land) {
        Geometry part = OverlayNGRobust.overlay(parcel.geometry(), land.geometry(), OverlayNG.INTERSECTION);
        return part.isEmpty() ? 0 : plan.areaInside(part, ControlLayers.STBHHX);
    }
}
