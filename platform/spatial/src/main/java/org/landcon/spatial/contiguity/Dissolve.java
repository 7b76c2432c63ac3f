package org.landcon.spatial.contiguity;

import java.util.List;

import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Dissolves polygons into their union: by coverage union when they form a polygonal coverage
 * (edges matched vertex for vertex, no overlaps; linear in the number of edges), else by the
 * robust OverlayNG union. The coverage result is accepted only when it is valid (self-touching
 * rings allowed) and keeps the total area, so an input that is not a coverage still gets a correct union.
 */
final class Dissolve {

    private Dissolve() {
    }

    static Geometry union(List<Geometry> polygons, GeometryFactory factory) {
        if (polygons.isEmpty()) {
            return factory.createMultiPolygon();
        }
        double sum = polygons.stream().mapToDouble(Geometry::getArea).sum();
        try {
            Geometry coverage = CoverageUnion.union(polygons.toArray(Geometry[]::new));
            if (coverage != null && Math.abs(coverage.getArea() - sum) <= 1e-9 * Math.max(1, sum)
                    && isValidAllowingSelfTouch(coverage)) {
                return coverage;
            }
        } catch (RuntimeException notACoverage) {
            // fall through to the general union
        }
        return OverlayNGRobust.union(factory.buildGeometry(polygons));
    }

    /**
     * Fields that meet only at a corner dissolve into a ring that touches itself there: valid in
     * the ESRI model, not in OGC's. Unmatched or overlapping edges are invalid in both.
     */
    private static boolean isValidAllowingSelfTouch(Geometry g) {
        IsValidOp op = new IsValidOp(g);
        op.setSelfTouchingRingFormingHoleValid(true);
        return op.isValid();
    }
}
