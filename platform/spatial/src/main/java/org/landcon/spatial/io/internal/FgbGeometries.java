package org.landcon.spatial.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.wololo.flatgeobuf.generated.GeometryType;

import com.google.flatbuffers.FlatBufferBuilder;

/**
 * JTS geometries to and from FlatGeobuf's {@code Geometry} table (XY): a flat {@code xy} array,
 * {@code ends} (the index after each ring or line) where there is more than one, and {@code parts}
 * for multi-polygons and collections.
 */
public final class FgbGeometries {

    private FgbGeometries() {
    }

    /** The FlatGeobuf geometry type of {@code g}. */
    public static int typeOf(Geometry g) {
        if (g instanceof Point) {
            return GeometryType.Point;
        } else if (g instanceof LineString) {
            return GeometryType.LineString;
        } else if (g instanceof Polygon) {
            return GeometryType.Polygon;
        } else if (g instanceof MultiPoint) {
            return GeometryType.MultiPoint;
        } else if (g instanceof MultiLineString) {
            return GeometryType.MultiLineString;
        } else if (g instanceof MultiPolygon) {
            return GeometryType.MultiPolygon;
        }
        return GeometryType.GeometryCollection;
    }

    /** Writes {@code g} into {@code b}; returns the offset of its table. */
    public static int write(FlatBufferBuilder b, Geometry g) {
        int type = typeOf(g);
        if (type == GeometryType.MultiPolygon || type == GeometryType.GeometryCollection) {
            int[] parts = new int[g.getNumGeometries()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = write(b, g.getGeometryN(i));
            }
            int partsVector = org.wololo.flatgeobuf.generated.Geometry.createPartsVector(b, parts);
            org.wololo.flatgeobuf.generated.Geometry.startGeometry(b);
            org.wololo.flatgeobuf.generated.Geometry.addParts(b, partsVector);
            org.wololo.flatgeobuf.generated.Geometry.addType(b, type);
            return org.wololo.flatgeobuf.generated.Geometry.endGeometry(b);
        }
        List<Coordinate[]> lines = new ArrayList<>();
        if (g instanceof Polygon p) {
            lines.add(p.getExteriorRing().getCoordinates());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                lines.add(p.getInteriorRingN(i).getCoordinates());
            }
        } else if (g instanceof MultiLineString m) {
            for (int i = 0; i < m.getNumGeometries(); i++) {
                lines.add(m.getGeometryN(i).getCoordinates());
            }
        } else {
            lines.add(g.getCoordinates());
        }
        int n = lines.stream().mapToInt(l -> l.length).sum();
        double[] xy = new double[2 * n];
        long[] ends = new long[lines.size()];
        int k = 0;
        for (int i = 0; i < lines.size(); i++) {
            for (Coordinate c : lines.get(i)) {
                xy[2 * k] = c.x;
                xy[2 * k + 1] = c.y;
                k++;
            }
            ends[i] = k;
        }
        int endsVector = ends.length > 1 ? org.wololo.flatgeobuf.generated.Geometry.createEndsVector(b, ends) : 0;
        int xyVector = org.wololo.flatgeobuf.generated.Geometry.createXyVector(b, xy);
        org.wololo.flatgeobuf.generated.Geometry.startGeometry(b);
        if (endsVector != 0) {
            org.wololo.flatgeobuf.generated.Geometry.addEnds(b, endsVector);
        }
        org.wololo.flatgeobuf.generated.Geometry.addXy(b, xyVector);
        org.wololo.flatgeobuf.generated.Geometry.addType(b, type);
        return org.wololo.flatgeobuf.generated.Geometry.endGeometry(b);
    }

    /**
     * The JTS geometry of {@code g}; {@code type} is the header's type, used when the geometry
     * does not carry its own (a layer of one type need not repeat it).
     */
    public static Geometry read(org.wololo.flatgeobuf.generated.Geometry g, int type, GeometryFactory f) {
        int own = g.type() != GeometryType.Unknown ? g.type() : type;
        switch (own) {
            case GeometryType.MultiPolygon: {
                Polygon[] polygons = new Polygon[g.partsLength()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = (Polygon) read(g.parts(i), GeometryType.Polygon, f);
                }
                return f.createMultiPolygon(polygons);
            }
            case GeometryType.GeometryCollection: {
                Geometry[] parts = new Geometry[g.partsLength()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = read(g.parts(i), GeometryType.Unknown, f);
                }
                return f.createGeometryCollection(parts);
            }
            default:
                break;
        }
        List<Coordinate[]> lines = lines(g);
        return switch (own) {
            case GeometryType.Point -> lines.get(0).length == 0 ? f.createPoint() : f.createPoint(lines.get(0)[0]);
            case GeometryType.LineString -> f.createLineString(lines.get(0));
            case GeometryType.MultiPoint -> f.createMultiPointFromCoords(lines.get(0));
            case GeometryType.MultiLineString -> f.createMultiLineString(
                    lines.stream().map(f::createLineString).toArray(LineString[]::new));
            case GeometryType.Polygon -> lines.get(0).length == 0 ? f.createPolygon() : f.createPolygon(
                    f.createLinearRing(lines.get(0)),
                    lines.stream().skip(1).map(f::createLinearRing).toArray(LinearRing[]::new));
            default -> throw new IllegalArgumentException("unsupported geometry type " + own);
        };
    }

    private static List<Coordinate[]> lines(org.wololo.flatgeobuf.generated.Geometry g) {
        int n = g.xyLength() / 2;
        List<Coordinate[]> out = new ArrayList<>();
        int start = 0;
        int count = Math.max(1, g.endsLength());
        for (int i = 0; i < count; i++) {
            int end = g.endsLength() == 0 ? n : (int) g.ends(i);
            if (end < start || end > n) {
                throw new IllegalArgumentException("ring or line end " + end + " outside its " + n + " coordinates");
            }
            Coordinate[] line = new Coordinate[end - start];
            for (int k = start; k < end; k++) {
                line[k - start] = new Coordinate(g.xy(2 * k), g.xy(2 * k + 1));
            }
            out.add(line);
            start = end;
        }
        return out;
    }
}
