package org.landcon.spatial.contiguity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.landcon.spatial.overlay.PolygonUnion;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The patches of a polygon layer as a shape, and the patches of that layer once parcels are taken
 * out of it and others added: 永久基本农田 before and after 调出/补划.
 * <ul>
 * <li>the layer is dissolved ({@link PolygonUnion}); patches are its parts grouped across gaps
 * narrower than about 2d, exactly as {@link PatchAnalysis} groups them; a patch's area is its
 * planar area (the shape, not the account of its members);</li>
 * <li>{@link #change} derives the layout after from this one: only the parts that a removed or
 * added parcel touches are cut and re-dissolved, and only the pairs of parts that involve a new
 * part (or that the change may have separated) are tested again for a bridge; every other part
 * and pair is carried over. The result is the layout of the changed layer computed from
 * scratch; the work is proportional to the change, not to the layer.</li>
 * </ul>
 * Instances are immutable and safe to share between threads.
 */
public final class PatchLayout {
    private final GeometryFactory factory;
    private final List<Geometry> parts;
    private final Bridges bridges;
    private final PatchStats stats;

    private PatchLayout(GeometryFactory factory, List<Geometry> parts, Bridges bridges) {
        this.factory = factory;
        this.parts = parts;
        this.bridges = bridges;
        double[] area = new double[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            area[bridges.group[i]] += parts.get(i).getArea();
        }
        this.stats = PatchFigures.of(PatchAnalysis.patches(parts, bridges.group, area, factory), 0);
    }

    /** The layout of {@code polygons} (non-polygonal and empty geometries are ignored). */
    public static PatchLayout of(Collection<? extends Geometry> polygons, double bridgeMetres,
            GeometryFactory factory) {
        List<Geometry> parts = List.copyOf(parts(PolygonUnion.of(polygons, factory)));
        return new PatchLayout(factory, parts, Bridges.of(parts, bridgeMetres));
    }

    /** The patches and their figures. */
    public PatchStats stats() {
        return stats;
    }

    /** The layout of this layer minus {@code removed}, plus {@code added}: (layer − removed) ∪ added. */
    public PatchLayout change(Collection<? extends Geometry> removed, Collection<? extends Geometry> added) {
        List<Geometry> rem = parts(PolygonUnion.of(removed, factory));
        List<Geometry> add = parts(PolygonUnion.of(added, factory));
        boolean[] touched = touched(rem, add);
        List<Geometry> after = new ArrayList<>();
        List<Integer> fromBefore = new ArrayList<>();
        List<Geometry> cut = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (touched[i]) {
                cut.add(parts.get(i));
            } else {
                after.add(parts.get(i));
                fromBefore.add(i);
            }
        }
        int carried = after.size();
        Geometry local = factory.buildGeometry(cut);
        if (!rem.isEmpty() && !cut.isEmpty()) {
            local = OverlayNGRobust.overlay(local, factory.buildGeometry(rem), OverlayNG.DIFFERENCE);
        }
        if (!add.isEmpty()) {
            local = OverlayNGRobust.overlay(local, factory.buildGeometry(add), OverlayNG.UNION);
        }
        after.addAll(parts(local));
        return new PatchLayout(factory, List.copyOf(after),
                Bridges.after(bridges, after, carried, fromBefore.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The parts that a removed or added polygon intersects (touching included). */
    @SuppressWarnings("unchecked")
    private boolean[] touched(List<Geometry> removed, List<Geometry> added) {
        boolean[] touched = new boolean[parts.size()];
        if (removed.isEmpty() && added.isEmpty()) {
            return touched;
        }
        STRtree tree = new STRtree();
        for (int i = 0; i < parts.size(); i++) {
            tree.insert(parts.get(i).getEnvelopeInternal(), i);
        }
        List<Geometry> changes = new ArrayList<>(removed);
        changes.addAll(added);
        for (Geometry c : changes) {
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(c);
            Envelope env = c.getEnvelopeInternal();
            for (int i : (List<Integer>) tree.query(env)) {
                if (!touched[i] && prepared.intersects(parts.get(i))) {
                    touched[i] = true;
                }
            }
        }
        return touched;
    }

    /** The non-empty polygons of a dissolved layer, in order. */
    static List<Geometry> parts(Geometry g) {
        List<Geometry> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
