package org.landcon.spatial.plan;

import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.ControlFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** An STR-tree over one control layer, answering "what of it lies under this area". */
final class ControlIndex {
    private final List<ControlFeature> features;
    private final STRtree tree = new STRtree();

    private final java.util.Map<ControlFeature, PreparedGeometry> prepared = new java.util.concurrent.ConcurrentHashMap<>();

    ControlIndex(List<ControlFeature> features) {
        this.features = List.copyOf(features);
        for (ControlFeature f : this.features) {
            tree.insert(f.geometry().getEnvelopeInternal(), f);
        }
        tree.build();
    }

    /** The feature's geometry prepared once, on first use, for the many queries of one plan. */
    private PreparedGeometry prepared(ControlFeature f) {
        return prepared.computeIfAbsent(f, x -> PreparedGeometryFactory.prepare(x.geometry()));
    }

    List<ControlFeature> features() {
        return features;
    }

    @SuppressWarnings("unchecked")
    List<ControlFeature> intersecting(Geometry area) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        List<ControlFeature> out = new ArrayList<>();
        for (ControlFeature f : (List<ControlFeature>) tree.query(area.getEnvelopeInternal())) {
            if (f.geometry().getDimension() == 2 ? prepared(f).intersects(area) : prepared.intersects(f.geometry())) {
                out.add(f);
            }
        }
        return out;
    }

    /** Planar area of {@code area} inside the union of the layer's polygons (overlaps counted once). */
    double areaInside(Geometry area) {
        List<Geometry> parts = new ArrayList<>();
        for (ControlFeature f : intersecting(area)) {
            if (f.geometry().getDimension() != 2) {
                continue;
            }
            if (prepared(f).covers(area)) {
                return area.getArea(); // wholly inside one feature: no overlay needed
            }
            parts.add(OverlayNGRobust.overlay(area, f.geometry(), OverlayNG.INTERSECTION));
        }
        if (parts.isEmpty()) {
            return 0;
        }
        return parts.size() == 1 ? parts.get(0).getArea() : UnaryUnionOp.union(parts).getArea();
    }
}
