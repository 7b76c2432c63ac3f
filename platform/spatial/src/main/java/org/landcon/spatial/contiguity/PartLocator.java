package org.landcon.spatial.contiguity;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/** Finds which part of a (multi-)polygon a polygon lies in, by its interior point. */
final class PartLocator {
    private final PreparedGeometry[] parts;
    private final STRtree tree = new STRtree();

    PartLocator(Geometry g) {
        parts = new PreparedGeometry[g.getNumGeometries()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = PreparedGeometryFactory.prepare(g.getGeometryN(i));
            tree.insert(g.getGeometryN(i).getEnvelopeInternal(), i);
        }
        tree.build();
    }

    int size() {
        return parts.length;
    }

    /** The index of the part holding {@code g}'s interior point, else of the nearest part. */
    @SuppressWarnings("unchecked")
    synchronized int locate(Geometry g) {
        Point p = g.getInteriorPoint();
        for (int i : (List<Integer>) tree.query(p.getEnvelopeInternal())) {
            if (parts[i].covers(p)) {
                return i;
            }
        }
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < parts.length; i++) {
            double d = parts[i].getGeometry().distance(p);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
