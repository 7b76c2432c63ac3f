package org.landcon.farmland.internal;

import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.plan.PlanView;
import org.landcon.spatial.contiguity.PatchLayout;
import org.landcon.spatial.contiguity.PatchStats;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The layout of 永久基本农田 before and after the plan, as contiguous patches.
 * <ul>
 * <li>before = the union of the YJJBNT polygons; after = before − the {@code pbf-out} parcels ∪
 * the {@code pbf-in} parcels (so land already PBF is never counted twice);</li>
 * <li>patches by {@link PatchLayout}, with planar areas (the patches are shapes, not accounts) and
 * a closing of {@link #BRIDGE_METRES} m, so that roads, ditches and 田坎 narrower than about 6 m
 * do not break a patch; the layout after is derived from the layout before, re-dissolving and
 * re-bridging only around the 调出 and 补划 parcels.</li>
 * </ul>
 */
final class PbfLayout {
    /** Half the widest gap bridged: 农村道路 and 沟渠 of up to ~6 m keep fields together. */
    static final double BRIDGE_METRES = 3.0;

    final PatchStats before;
    final PatchStats after;

    PbfLayout(PlanView plan, List<ChangeParcel> out, List<ChangeParcel> in) {
        List<Geometry> pbf = plan.control(ControlLayers.YJJBNT).stream().map(ControlFeature::geometry).toList();
        PatchLayout start = PatchLayout.of(pbf, BRIDGE_METRES, factory(pbf, out, in));
        this.before = start.stats();
        this.after = start.change(geometries(out), geometries(in)).stats();
    }

    /** Area (m²) of the patch after the plan that holds {@code parcel}, or 0 when none does. */
    double patchAreaAfter(ChangeParcel parcel) {
        Geometry point = parcel.geometry().getInteriorPoint();
        List<Geometry> patches = after.patches();
        for (int i = 0; i < patches.size(); i++) {
            if (patches.get(i).intersects(point)) {
                return after.patchAreas()[i];
            }
        }
        return 0;
    }

    private static List<Geometry> geometries(List<ChangeParcel> parcels) {
        return parcels.stream().map(ChangeParcel::geometry).toList();
    }

    private static GeometryFactory factory(List<Geometry> pbf, List<ChangeParcel> out, List<ChangeParcel> in) {
        return !pbf.isEmpty() ? pbf.get(0).getFactory()
                : !out.isEmpty() ? out.get(0).geometry().getFactory() : in.get(0).geometry().getFactory();
    }
}
