package org.landcon.spatial.overlay;

import java.util.ArrayList;
import java.util.List;

import org.landcon.api.model.ChangeParcel;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Finds pairs of change parcels that overlap.
 * <ul>
 * <li>a pair is reported once, ordered by the parcels' position in the input;</li>
 * <li>an overlap of {@code tolerance} m² or less (shared edges, slivers) is not a conflict;</li>
 * <li>invalid geometries are skipped here: PLAN-GEOMETRY reports them.</li>
 * </ul>
 */
public final class ConflictFinder {
    /** Default tolerance of the rule catalogue: 0.01 m². */
    public static final double TOLERANCE = 0.01;

    private ConflictFinder() {
    }

    public static List<Conflict> find(List<ChangeParcel> parcels, double tolerance) {
        STRtree tree = new STRtree();
        for (int i = 0; i < parcels.size(); i++) {
            tree.insert(parcels.get(i).geometry().getEnvelopeInternal(), i);
        }
        List<Conflict> out = new ArrayList<>();
        for (int i = 0; i < parcels.size(); i++) {
            Geometry a = parcels.get(i).geometry();
            if (!a.isValid()) {
                continue;
            }
            PreparedGeometry pa = PreparedGeometryFactory.prepare(a);
            for (Object o : tree.query(a.getEnvelopeInternal())) {
                int j = (Integer) o;
                Geometry b = parcels.get(j).geometry();
                if (j <= i || !b.isValid() || !pa.intersects(b)) {
                    continue;
                }
                Geometry overlap = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
                if (overlap.getArea() > tolerance) {
                    out.add(new Conflict(parcels.get(i).id(), parcels.get(j).id(), overlap.getArea(), overlap));
                }
            }
        }
        return out;
    }
}
