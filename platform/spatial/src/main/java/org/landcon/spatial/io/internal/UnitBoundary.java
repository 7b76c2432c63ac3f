package org.landcon.spatial.io.internal;

import java.util.List;

import org.landcon.api.model.LandParcel;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The default unit boundary: the union of the DLTB parcels. DLTB is a coverage, so the fast
 * {@link CoverageUnion} is tried first; parcels that overlap fall back to a full union.
 */
final class UnitBoundary {

    private UnitBoundary() {
    }

    static Geometry of(List<LandParcel> parcels) {
        GeometryFactory gf = new GeometryFactory();
        if (parcels.isEmpty()) {
            return gf.createPolygon();
        }
        Geometry all = gf.buildGeometry(parcels.stream().map(LandParcel::geometry).toList());
        try {
            return CoverageUnion.union(all);
        } catch (TopologyException | IllegalArgumentException e) {
            return UnaryUnionOp.union(all);
        }
    }
}
