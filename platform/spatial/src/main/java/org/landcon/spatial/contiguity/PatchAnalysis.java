package org.landcon.spatial.contiguity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.landcon.spatial.overlay.PolygonUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;

/**
 * 集中连片分析: groups polygons (耕地 or 永久基本农田) into contiguous patches and reports
 * {@link PatchStats}.
 * <ul>
 * <li>polygons that share a boundary (or overlap) belong to the same patch; polygons that touch
 * only at a point do too, as in the union of the layer;</li>
 * <li>narrow linear features between polygons (农村道路 1006, 沟渠 1107, 田坎 1203 — which the
 * caller leaves out) do not break contiguity: with {@code bridgeMetres} d &gt; 0, two dissolved
 * parts belong together when the morphological closing (buffer +d, then −d) of the two of them
 * joins them, so gaps narrower than about 2d are bridged, wider ones and gaps met only corner to
 * corner are not; a patch is a chain of such pairs (the closing is evaluated pairwise and
 * locally, near the gap, which keeps it fast on 100 000 polygons; a gap that only three or more
 * parts close together is not bridged);</li>
 * <li>the closing only decides membership: a patch's geometry is the union of its member
 * polygons and its area the sum of their areas (planar, or the areas the caller gives, e.g.
 * TBDLMJ), never the area of the closed shape;</li>
 * <li>the union is a coverage union when the polygons form a coverage, else an OverlayNG union;
 * input polygons that overlap are each counted with their full area;</li>
 * <li>non-polygonal and empty geometries are ignored; patches come largest first.</li>
 * </ul>
 */
public final class PatchAnalysis {
    private PatchAnalysis() {
    }

    /** Patches of {@code polygons} with planar areas; effective mesh size over their total area. */
    public static PatchStats analyse(Collection<Geometry> polygons, double bridgeMetres) {
        return analyse(polygons, bridgeMetres, 0);
    }

    /** As above, with the effective mesh size over {@code referenceArea} m² (≤ 0: the total area). */
    public static PatchStats analyse(Collection<Geometry> polygons, double bridgeMetres, double referenceArea) {
        List<Geometry> list = List.copyOf(polygons);
        return analyse(list, list.stream().mapToDouble(Geometry::getArea).toArray(), bridgeMetres, referenceArea);
    }

    /**
     * Patches of {@code polygons}, counting polygon i with {@code areas[i]} m² (e.g. its official
     * TBDLMJ); effective mesh size over {@code referenceArea} (≤ 0: the total area).
     */
    public static PatchStats analyse(List<Geometry> polygons, double[] areas, double bridgeMetres,
            double referenceArea) {
        if (areas.length != polygons.size()) {
            throw new IllegalArgumentException(polygons.size() + " polygons but " + areas.length + " areas");
        }
        List<Integer> kept = new ArrayList<>();
        List<Geometry> shapes = new ArrayList<>();
        for (int i = 0; i < polygons.size(); i++) {
            Geometry g = polygons.get(i);
            if (g != null && !g.isEmpty() && g instanceof Polygonal) {
                kept.add(i);
                shapes.add(g);
            }
        }
        GeometryFactory factory = shapes.isEmpty() ? new GeometryFactory() : shapes.get(0).getFactory();
        Geometry union = PolygonUnion.of(shapes, factory);
        List<Geometry> parts = PatchLayout.parts(union);
        int[] group = Bridges.groups(parts, bridgeMetres);
        PartLocator locator = new PartLocator(union);
        double[] patchArea = new double[parts.size()];
        for (int k = 0; k < shapes.size(); k++) {
            patchArea[group[locator.locate(shapes.get(k))]] += areas[kept.get(k)];
        }
        return PatchFigures.of(patches(parts, group, patchArea, factory), referenceArea);
    }

    /**
     * The patches of the dissolved {@code parts} grouped by {@code group} (a part's group is the
     * index of one of its members), with {@code area[g]} the area of group g; largest first, then
     * west to east and south to north, so that the order does not depend on the input's.
     */
    static List<Patch> patches(List<Geometry> parts, int[] group, double[] area, GeometryFactory factory) {
        List<List<Geometry>> members = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < parts.size(); i++) {
            members.get(group[i]).add(parts.get(i));
        }
        List<Patch> patches = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!members.get(i).isEmpty()) {
                patches.add(new Patch(factory.buildGeometry(members.get(i)), area[i]));
            }
        }
        patches.sort(Comparator.comparingDouble(Patch::area).reversed()
                .thenComparingDouble(p -> p.geometry().getEnvelopeInternal().getMinX())
                .thenComparingDouble(p -> p.geometry().getEnvelopeInternal().getMinY()));
        return patches;
    }

    /** A patch: the union of its members and the sum of their areas. */
    record Patch(Geometry geometry, double area) {
    }
}
