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
 * ditches and 田坎 narrower than about 6 m do not break a patch;</li>
 * <li>the layout before depends on the YJJBNT layer alone and is kept for the last layer seen
 * (a re-check or re-assembly of the same package does not analyse it again); the layout after is
 * derived from it by {@link IncrementalLayout}, re-analysing only the patches the change reaches.</li>
 * </ul>
 */
final class PbfLayout {
    /** Half the widest gap bridged: 农村道路 and 沟渠 of up to ~6 m keep fields together. */
    static final double BRIDGE_METRES = 3.0;

    final PatchStats before;
    final PatchStats after;

    /** The last YJJBNT layer analysed (by identity) with its layout, swapped in as one pair. */
    private record Analysed(Object layer, PatchStats stats) {
    }

    private static volatile Analysed last;

    PbfLayout(PlanView plan, List<ChangeParcel> out, List<ChangeParcel> in) {
        List<ControlFeature> layer = plan.control(ControlLayers.YJJBNT);
        List<Geometry> pbf = layer.stream().map(ControlFeature::geometry).filter(g -> g.getDimension() == 2).toList();
        GeometryFactory factory = factory(pbf, out, in);
        Analysed seen = last;
        if (seen != null && seen.layer() == layer) {
            this.before = seen.stats();
        } else {
            this.before = PatchAnalysis.analyse(parts(union(pbf, factory)), BRIDGE_METRES);
            last = new Analysed(layer, before);
        }
        this.after = IncrementalLayout.after(before, union(geometries(out), factory), union(geometries(in), factory),
                BRIDGE_METRES);
    }

    /** The layout after, the long way: the whole layer changed and analysed again (the test's oracle). */
    static PatchStats fullAfter(List<Geometry> pbf, List<ChangeParcel> out, List<ChangeParcel> in) {
        GeometryFactory factory = factory(pbf, out, in);
        Geometry end = OverlayNGRobust.overlay(union(pbf, factory), union(geometries(out), factory), OverlayNG.DIFFERENCE);
        end = OverlayNGRobust.overlay(end, union(geometries(in), factory), OverlayNG.UNION);
        return PatchAnalysis.analyse(parts(end), BRIDGE_METRES);
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
