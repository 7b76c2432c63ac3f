package org.landcon.farmland.internal;

import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ControlFeature;
import org.landcon.api.model.ControlLayers;
import org.landcon.api.plan.PlanView;
import org.landcon.spatial.contiguity.PatchAnalysis;
import org.landcon.spatial.contiguity.PatchStats;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The layout of 永久基本农田 before and after the plan, as contiguous patches.
 * <ul>
 * <li>before = the union of the YJJBNT polygons; after = before − the {@code pbf-out} parcels ∪
 * the {@code pbf-in} parcels (so land already PBF is never counted twice);</li>
 * <li>patches by {@link PatchAnalysis} on the polygons of each union, with planar areas (the
 * patches are shapes, not accounts) and a closing of {@link #BRIDGE_METRES} m, so that roads,
 * ditches and 田坎 narrower than about 6 m do not break a patch.</li>
 * </ul>
 */
final class PbfLayout {
    /** Half the widest gap bridged: 农村道路 and 沟渠 of up to ~6 m keep fields together. */
    static final double BRIDGE_METRES = 3.0;

    final PatchStats before;
    final PatchStats after;

    PbfLayout(PlanView plan, List<ChangeParcel> out, List<ChangeParcel> in) {
        List<Geometry> pbf = plan.control(ControlLayers.YJJBNT).stream().map(ControlFeature::geometry)
                .filter(g -> g.getDimension() == 2).toList();
        GeometryFactory factory = factory(pbf, out, in);
        Geometry start = union(pbf, factory);
        Geometry end = OverlayNGRobust.overlay(start, union(geometries(out), factory), OverlayNG.DIFFERENCE);
        end = OverlayNGRobust.overlay(end, union(geometries(in), factory), OverlayNG.UNION);
        this.before = PatchAnalysis.analyse(parts(start), BRIDGE_METRES);
        this.after = PatchAnalysis.analyse(parts(end), BRIDGE_METRES);
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

    private static Geometry union(List<Geometry> g, GeometryFactory factory) {
        return g.isEmpty() ? factory.createPolygon() : UnaryUnionOp.union(g);
    }

    private static List<Geometry> parts(Geometry g) {
        List<Geometry> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!g.getGeometryN(i).isEmpty() && g.getGeometryN(i).getDimension() == 2) {
                out.add(g.getGeometryN(i));
            }
        }
        return out;
    }

    private static GeometryFactory factory(List<Geometry> pbf, List<ChangeParcel> out, List<ChangeParcel> in) {
        return !pbf.isEmpty() ? pbf.get(0).getFactory()
                : !out.isEmpty() ? out.get(0).geometry().getFactory() : in.get(0).geometry().getFactory();
    }
}
