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
 * The ecological protection red line (生态保护红线, layer STBHHX) in plane geometry: these are
 * questions of position, so areas here are planar m² in the unit's CRS, not official areas.
 */
final class RedLine {

    private RedLine() {
    }

    static boolean present(PlanView plan) {
        return plan.hasControl(ControlLayers.STBHHX);
    }

    /** Planar m² of the union of the red-line polygons (overlaps counted once). */
    static double area(PlanView plan) {
        List<Geometry> polygons = plan.control(ControlLayers.STBHHX).stream().map(ControlFeature::geometry)
                .filter(g -> g.getDimension() == 2).toList();
        return polygons.isEmpty() ? 0 : UnaryUnionOp.union(polygons).getArea();
    }

    /** Planar m² of the part of {@code parcel} over {@code land} that lies inside the red line. */
    static double inside(PlanView plan, ChangeParcel parcel, LandParcel land) {
        Geometry part = OverlayNGRobust.overlay(parcel.geometry(), land.geometry(), OverlayNG.INTERSECTION);
        return part.isEmpty() ? 0 : plan.areaInside(part, ControlLayers.STBHHX);
    }
}
