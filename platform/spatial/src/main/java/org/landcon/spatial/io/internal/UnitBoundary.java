package org.landcon.spatial.io.internal;

import java.util.List;

import org.landcon.api.model.LandParcel;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.landcon.spatial.overlay.PolygonUnion;

/**
 * The default unit boundary: the union of the DLTB parcels. DLTB is a coverage, so
 * {@link PolygonUnion} dissolves it by the fast coverage union; parcels that overlap fall back
 * to a full union. Multi-part 图斑 are split into their parts first.
 */
final class UnitBoundary {

    private UnitBoundary() {
    }

    static Geometry of(List<LandParcel> parcels) {
        GeometryFactory gf = new GeometryFactory();
        if (parcels.isEmpty()) {
            return gf.createPolygon();
        }
        return PolygonUnion.of(parcels.stream().map(LandParcel::geometry).toList(), gf);
    }
}
