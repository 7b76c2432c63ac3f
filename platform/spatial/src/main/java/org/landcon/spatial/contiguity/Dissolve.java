package org.landcon.spatial.contiguity;

import java.util.List;

import org.landcon.spatial.overlay.PolygonUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Dissolves polygons into their union ({@link PolygonUnion}): a multi-polygon, possibly empty. */
final class Dissolve {

    private Dissolve() {
    }

    static Geometry union(List<Geometry> polygons, GeometryFactory factory) {
        Geometry union = PolygonUnion.of(polygons, factory);
        return union.isEmpty() ? factory.createMultiPolygon() : union;
    }
}
