package org.landcon.spatial.io.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Decodes the content of one .shp record (little-endian) into JTS: null, point, multipoint,
 * polyline and polygon, with their Z and M variants read as XY. Throws
 * {@link IllegalArgumentException} with an English reason when the record is malformed.
 */
public final class ShpGeometryReader {

    private ShpGeometryReader() {
    }

    /** @param b little-endian buffer positioned anywhere; {@code at}/{@code length}: the record content */
    public static Geometry read(ByteBuffer b, int at, int length, GeometryFactory gf) {
        need(length, 4);
        int type = b.getInt(at);
        return switch (type) {
            case 0 -> null;
            case 1, 11, 21 -> {
                need(length, 20);
                yield gf.createPoint(new Coordinate(b.getDouble(at + 4), b.getDouble(at + 12)));
            }
            case 8, 18, 28 -> multiPoint(b, at, length, gf);
            case 3, 13, 23 -> lines(parts(b, at, length), gf);
            case 5, 15, 25 -> RingAssembler.assemble(parts(b, at, length), gf);
            default -> throw new IllegalArgumentException("unsupported shape type " + type);
        };
    }

    private static Geometry multiPoint(ByteBuffer b, int at, int length, GeometryFactory gf) {
        need(length, 40);
        int n = b.getInt(at + 36);
        need(length, 40 + 16L * n);
        Coordinate[] c = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            c[i] = new Coordinate(b.getDouble(at + 40 + 16 * i), b.getDouble(at + 48 + 16 * i));
        }
        return gf.createMultiPointFromCoords(c);
    }

    private static List<Coordinate[]> parts(ByteBuffer b, int at, int length) {
        need(length, 44);
        int numParts = b.getInt(at + 36);
        int numPoints = b.getInt(at + 40);
        if (numParts < 1 || numPoints < 0) {
            throw new IllegalArgumentException(numParts + " parts and " + numPoints + " points");
        }
        int points = at + 44 + 4 * numParts;
        need(length, 44 + 4L * numParts + 16L * numPoints);
        List<Coordinate[]> parts = new ArrayList<>();
        for (int p = 0; p < numParts; p++) {
            int from = b.getInt(at + 44 + 4 * p);
            int to = p + 1 < numParts ? b.getInt(at + 48 + 4 * p) : numPoints;
            if (from < 0 || to > numPoints || from >= to) {
                throw new IllegalArgumentException("part " + p + " has an invalid point range " + from + ".." + to);
            }
            Coordinate[] c = new Coordinate[to - from];
            for (int i = from; i < to; i++) {
                c[i - from] = new Coordinate(b.getDouble(points + 16 * i), b.getDouble(points + 16 * i + 8));
            }
            parts.add(c);
        }
        return parts;
    }

    private static Geometry lines(List<Coordinate[]> parts, GeometryFactory gf) {
        LineString[] lines = parts.stream().map(gf::createLineString).toArray(LineString[]::new);
        return lines.length == 1 ? lines[0] : gf.createMultiLineString(lines);
    }

    private static void need(long length, long bytes) {
        if (length < bytes) {
            throw new IllegalArgumentException("record content is " + length + " bytes, needs " + bytes);
        }
    }
}
