package org.landcon.spatial.io.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * Encodes JTS geometries as .shp record content: Point (1), MultiPoint (8), PolyLine (3), Polygon
 * (5). Polygon rings are written in Shapefile orientation: shells clockwise, holes
 * counter-clockwise, whatever the orientation of the JTS geometry.
 */
public final class ShpGeometryWriter {

    private ShpGeometryWriter() {
    }

    /** The shape type for a geometry, 0 for null or empty. */
    public static int shapeType(Geometry g) {
        if (g == null || g.isEmpty()) {
            return 0;
        }
        if (g instanceof Point) {
            return 1;
        }
        if (g instanceof Puntal) {
            return 8;
        }
        return g instanceof Polygonal ? 5 : 3;
    }

    public static byte[] content(Geometry g) {
        int type = shapeType(g);
        return switch (type) {
            case 0 -> ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0).array();
            case 1 -> ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN).putInt(1)
                    .putDouble(g.getCoordinate().x).putDouble(g.getCoordinate().y).array();
            case 8 -> multiPoint(g);
            default -> parts(type, g, type == 5 ? rings(g) : lines(g));
        };
    }

    private static byte[] multiPoint(Geometry g) {
        Coordinate[] c = g.getCoordinates();
        ByteBuffer b = ByteBuffer.allocate(40 + 16 * c.length).order(ByteOrder.LITTLE_ENDIAN).putInt(8);
        box(b, g.getEnvelopeInternal()).putInt(c.length);
        for (Coordinate p : c) {
            b.putDouble(p.x).putDouble(p.y);
        }
        return b.array();
    }

    private static byte[] parts(int type, Geometry g, List<Coordinate[]> parts) {
        int points = parts.stream().mapToInt(p -> p.length).sum();
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * parts.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
        box(b.putInt(type), g.getEnvelopeInternal()).putInt(parts.size()).putInt(points);
        int start = 0;
        for (Coordinate[] p : parts) {
            b.putInt(start);
            start += p.length;
        }
        for (Coordinate[] p : parts) {
            for (Coordinate c : p) {
                b.putDouble(c.x).putDouble(c.y);
            }
        }
        return b.array();
    }

    private static List<Coordinate[]> rings(Geometry g) {
        List<Coordinate[]> rings = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            if (p.isEmpty()) {
                continue;
            }
            rings.add(oriented(p.getExteriorRing().getCoordinates(), false));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(oriented(p.getInteriorRingN(h).getCoordinates(), true));
            }
        }
        return rings;
    }

    private static List<Coordinate[]> lines(Geometry g) {
        List<Coordinate[]> lines = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            lines.add(((LineString) g.getGeometryN(i)).getCoordinates());
        }
        return lines;
    }

    private static Coordinate[] oriented(Coordinate[] ring, boolean ccw) {
        if (Orientation.isCCW(ring) == ccw) {
            return ring;
        }
        Coordinate[] r = ring.clone();
        java.util.Collections.reverse(java.util.Arrays.asList(r));
        return r;
    }

    static ByteBuffer box(ByteBuffer b, Envelope e) {
        return b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
    }
}
