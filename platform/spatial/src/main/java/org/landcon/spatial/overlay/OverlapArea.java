package org.landcon.spatial.overlay;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Planar area of one change parcel's overlap with survey polygons, by the cheapest exact method:
 * <ul>
 * <li>convex parcel: Sutherland–Hodgman clipping of the survey polygon ({@link ConvexClip});</li>
 * <li>else convex survey polygon: clipping of the parcel's polygons by it;</li>
 * <li>else prepared-geometry predicates (no overlap, or the survey polygon covered whole) and the
 * robust OverlayNG intersection only for a real partial overlap.</li>
 * </ul>
 * One instance serves one parcel in one thread.
 */
final class OverlapArea {
    private final Geometry parcel;
    private final ConvexClip clip;
    private PreparedGeometry prepared;

    OverlapArea(Geometry parcel) {
        this.parcel = parcel;
        this.clip = ConvexClip.of(parcel);
    }

    /** The overlap area in m² with {@code land}, whose own planar area is {@code landArea}. */
    double with(Geometry land, double landArea) {
        if (clip != null && land instanceof Polygon p) {
            return Math.min(landArea, clip.intersectionArea(p));
        }
        ConvexClip landClip = parcel instanceof Polygonal ? ConvexClip.of(land) : null;
        if (landClip != null) {
            double sum = 0;
            for (int i = 0; i < parcel.getNumGeometries(); i++) {
                sum += landClip.intersectionArea((Polygon) parcel.getGeometryN(i));
            }
            return Math.min(landArea, sum);
        }
        if (prepared == null) {
            prepared = PreparedGeometryFactory.prepare(parcel);
        }
        if (!prepared.intersects(land)) {
            return 0;
        }
        return prepared.covers(land) ? landArea
                : OverlayNGRobust.overlay(parcel, land, OverlayNG.INTERSECTION).getArea();
    }
}
