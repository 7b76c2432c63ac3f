package org.landcon.spatial.io.internal;

import java.io.IOException;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * GeoJSON geometry objects (RFC 7946 §3.1) to JTS and back. Reading throws
 * {@link IllegalArgumentException} with an English reason for a malformed geometry.
 */
public final class GeoJsonGeometries {

    private GeoJsonGeometries() {
    }

    /** The geometry, or {@code null} for a JSON null. */
    public static Geometry read(JsonNode g, GeometryFactory gf) {
        if (g == null || g.isNull()) {
            return null;
        }
        String type = g.path("type").asText("");
        JsonNode c = g.path("coordinates");
        return switch (type) {
            case "Point" -> gf.createPoint(coordinate(c));
            case "MultiPoint" -> gf.createMultiPointFromCoords(coordinates(c));
            case "LineString" -> gf.createLineString(coordinates(c));
            case "MultiLineString" -> gf.createMultiLineString(stream(array(c, "MultiLineString"))
                    .map(l -> gf.createLineString(coordinates(l))).toArray(LineString[]::new));
            case "Polygon" -> polygon(c, gf);
            case "MultiPolygon" -> gf.createMultiPolygon(stream(array(c, "MultiPolygon"))
                    .map(p -> polygon(p, gf)).toArray(Polygon[]::new));
            case "GeometryCollection" -> gf.createGeometryCollection(stream(array(g.path("geometries"),
                    "GeometryCollection")).map(x -> read(x, gf)).toArray(Geometry[]::new));
            default -> throw new IllegalArgumentException("unknown geometry type \"" + type + "\"");
        };
    }

    private static Polygon polygon(JsonNode rings, GeometryFactory gf) {
        LinearRing[] r = stream(array(rings, "Polygon")).map(x -> gf.createLinearRing(coordinates(x)))
                .toArray(LinearRing[]::new);
        if (r.length == 0) {
            return gf.createPolygon();
        }
        return gf.createPolygon(r[0], java.util.Arrays.copyOfRange(r, 1, r.length));
    }

    private static Coordinate[] coordinates(JsonNode c) {
        return stream(array(c, "coordinate list")).map(GeoJsonGeometries::coordinate).toArray(Coordinate[]::new);
    }

    private static Coordinate coordinate(JsonNode c) {
        if (!c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            throw new IllegalArgumentException("a position must be [x, y], found " + c);
        }
        return new Coordinate(c.get(0).asDouble(), c.get(1).asDouble());
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static JsonNode array(JsonNode n, String what) {
        if (!n.isArray()) {
            throw new IllegalArgumentException(what + " coordinates are not an array");
        }
        return n;
    }

    /** Writes {@code g} (null or empty as JSON null). */
    public static void write(JsonGenerator out, Geometry g) throws IOException {
        if (g == null || g.isEmpty()) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeStringField("type", g.getGeometryType());
        if (g.getClass() == GeometryCollection.class) {
            out.writeArrayFieldStart("geometries");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                write(out, g.getGeometryN(i));
            }
            out.writeEndArray();
        } else {
            out.writeFieldName("coordinates");
            coordinates(out, g);
        }
        out.writeEndObject();
    }

    private static void coordinates(JsonGenerator out, Geometry g) throws IOException {
        if (g instanceof Point p) {
            position(out, p.getCoordinate());
        } else if (g instanceof LineString l) {
            rings(out, l.getCoordinates());
        } else if (g instanceof Polygon p) {
            out.writeStartArray();
            ring(out, p);
            out.writeEndArray();
        } else {
            out.writeStartArray();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                coordinates(out, g.getGeometryN(i));
            }
            out.writeEndArray();
        }
    }

    private static void ring(JsonGenerator out, Polygon p) throws IOException {
        rings(out, p.getExteriorRing().getCoordinates());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            rings(out, p.getInteriorRingN(h).getCoordinates());
        }
    }

    private static void rings(JsonGenerator out, Coordinate[] c) throws IOException {
        out.writeStartArray();
        positions(c, out);
        out.writeEndArray();
    }

    private static void positions(Coordinate[] cs, JsonGenerator out) throws IOException {
        for (Coordinate c : cs) {
            position(out, c);
        }
    }

    private static void position(JsonGenerator out, Coordinate c) throws IOException {
        out.writeStartArray();
        out.writeNumber(c.x);
        out.writeNumber(c.y);
        out.writeEndArray();
    }
}
