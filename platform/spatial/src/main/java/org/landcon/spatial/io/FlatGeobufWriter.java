package org.landcon.spatial.io;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.spatial.io.internal.FgbGeometries;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.wololo.flatgeobuf.generated.Column;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.Feature;
import org.wololo.flatgeobuf.generated.GeometryType;
import org.wololo.flatgeobuf.generated.Header;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.flatbuffers.FlatBufferBuilder;

/**
 * Writes a layer as FlatGeobuf 3 ({@code .fgb}), which GDAL, QGIS and the browser read directly.
 * <ul>
 * <li>the CRS is written as {@code EPSG} + code, so {@code ogrinfo} reports e.g. EPSG:4523;</li>
 * <li>columns in order of first appearance, typed from their values: {@code Long}/{@code Integer}
 * → Long, decimals → Double (a column with both is Double), {@code Boolean} → Bool, dates →
 * DateTime (ISO 8601), text → String (UTF-8, so Chinese is never cut, unlike a DBF), lists and
 * maps → Json; a column with values of incompatible types is written as String;</li>
 * <li>null values are left out of a feature, as the format intends;</li>
 * <li>the header names the layer's geometry type; a layer of polygons and multi-polygons (三调
 * 图斑 cut by a plan) is declared MultiPolygon and its polygons written as one-part
 * multi-polygons, as GDAL does;</li>
 * <li>no spatial index (index node size 0): features stay in the layer's order, and readers fall
 * back to a scan, which for a township's layers takes well under a second.</li>
 * </ul>
 */
public final class FlatGeobufWriter {
    /** {@code fgb}, major version 3, {@code fgb}, patch 1. */
    static final byte[] MAGIC = {0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62, 0x01};
    private static final ObjectMapper JSON = new ObjectMapper();

    private FlatGeobufWriter() {
    }

    public static void write(Path file, FeatureLayer layer) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(out, layer, baseName(file));
        }
    }

    public static void write(OutputStream out, FeatureLayer layer, String name) throws IOException {
        Map<String, Integer> columns = columns(layer.features());
        List<String> names = new ArrayList<>(columns.keySet());
        int type = geometryType(layer.features());
        out.write(MAGIC);
        out.write(header(layer, name, columns, type));
        for (org.landcon.spatial.io.Feature f : layer.features()) {
            out.write(feature(f, names, columns, type == GeometryType.MultiPolygon));
        }
    }

    private static byte[] header(FeatureLayer layer, String name, Map<String, Integer> columns, int type) {
        FlatBufferBuilder b = new FlatBufferBuilder(1024);
        int[] cols = new int[columns.size()];
        int i = 0;
        for (Map.Entry<String, Integer> c : columns.entrySet()) {
            int colName = b.createString(c.getKey());
            Column.startColumn(b);
            Column.addName(b, colName);
            Column.addType(b, c.getValue());
            cols[i++] = Column.endColumn(b);
        }
        int colsVector = Header.createColumnsVector(b, cols);
        int nameOffset = b.createString(name);
        Envelope env = new Envelope();
        layer.features().stream().map(org.landcon.spatial.io.Feature::geometry).filter(g -> g != null)
                .forEach(g -> env.expandToInclude(g.getEnvelopeInternal()));
        int envelope = env.isNull() ? 0
                : Header.createEnvelopeVector(b, new double[] {env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY()});
        int crs = 0;
        if (layer.crs() != null && layer.crs().recognised()) {
            int authority = b.createString("EPSG");
            int crsName = b.createString(layer.crs().name());
            org.wololo.flatgeobuf.generated.Crs.startCrs(b);
            org.wololo.flatgeobuf.generated.Crs.addOrg(b, authority);
            org.wololo.flatgeobuf.generated.Crs.addCode(b, layer.crs().epsg());
            org.wololo.flatgeobuf.generated.Crs.addName(b, crsName);
            crs = org.wololo.flatgeobuf.generated.Crs.endCrs(b);
        }
        Header.startHeader(b);
        Header.addName(b, nameOffset);
        if (envelope != 0) {
            Header.addEnvelope(b, envelope);
        }
        Header.addGeometryType(b, type);
        Header.addColumns(b, colsVector);
        Header.addFeaturesCount(b, layer.features().size());
        Header.addIndexNodeSize(b, 0);
        if (crs != 0) {
            Header.addCrs(b, crs);
        }
        Header.finishSizePrefixedHeaderBuffer(b, Header.endHeader(b));
        return b.sizedByteArray();
    }

    private static byte[] feature(org.landcon.spatial.io.Feature f, List<String> names, Map<String, Integer> types,
            boolean multiPolygons) throws IOException {
        FlatBufferBuilder b = new FlatBufferBuilder(1024);
        Geometry g = f.geometry();
        if (multiPolygons && g instanceof Polygon p) {
            g = p.getFactory().createMultiPolygon(new Polygon[] {p});
        }
        int geometry = g == null ? 0 : FgbGeometries.write(b, g);
        byte[] props = properties(f, names, types);
        int propsVector = props.length == 0 ? 0 : Feature.createPropertiesVector(b, props);
        Feature.startFeature(b);
        if (geometry != 0) {
            Feature.addGeometry(b, geometry);
        }
        if (propsVector != 0) {
            Feature.addProperties(b, propsVector);
        }
        Feature.finishSizePrefixedFeatureBuffer(b, Feature.endFeature(b));
        return b.sizedByteArray();
    }

    /** Each value present: its column index (ushort) and its bytes, little-endian. */
    private static byte[] properties(org.landcon.spatial.io.Feature f, List<String> names, Map<String, Integer> types)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer eight = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < names.size(); i++) {
            Object v = f.properties().get(names.get(i));
            if (v == null) {
                continue;
            }
            out.write(i & 0xff);
            out.write(i >>> 8 & 0xff);
            switch (types.get(names.get(i))) {
                case ColumnType.Bool -> out.write(Boolean.TRUE.equals(v) ? 1 : 0);
                case ColumnType.Long -> out.write(eight.clear().putLong(((Number) v).longValue()).array());
                case ColumnType.Double -> out.write(eight.clear().putDouble(((Number) v).doubleValue()).array());
                case ColumnType.Json -> text(out, JSON.writeValueAsString(v));
                default -> text(out, v.toString());
            }
        }
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(utf8.length).array());
        out.write(utf8);
    }

    /** Column name → FlatGeobuf column type, in order of first appearance. */
    static Map<String, Integer> columns(List<org.landcon.spatial.io.Feature> features) {
        Map<String, Integer> types = new LinkedHashMap<>();
        for (org.landcon.spatial.io.Feature f : features) {
            for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                Integer t = e.getValue() == null ? null : typeOf(e.getValue());
                types.merge(e.getKey(), t == null ? -1 : t, FlatGeobufWriter::widen);
            }
        }
        types.replaceAll((k, t) -> t < 0 ? ColumnType.String : t);
        return types;
    }

    private static int typeOf(Object v) {
        if (v instanceof Boolean) {
            return ColumnType.Bool;
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ColumnType.Long;
        } else if (v instanceof Number) {
            return v instanceof BigDecimal d && d.scale() <= 0 ? ColumnType.Long : ColumnType.Double;
        } else if (v instanceof TemporalAccessor) {
            return ColumnType.DateTime;
        } else if (v instanceof List || v instanceof Map) {
            return ColumnType.Json;
        }
        return ColumnType.String;
    }

    /** The type that holds both: -1 is "only nulls so far". */
    private static int widen(int a, int b) {
        if (a < 0 || a == b) {
            return b < 0 ? a : b;
        }
        if (b < 0) {
            return a;
        }
        if ((a == ColumnType.Long && b == ColumnType.Double) || (a == ColumnType.Double && b == ColumnType.Long)) {
            return ColumnType.Double;
        }
        return ColumnType.String;
    }

    private static int geometryType(List<org.landcon.spatial.io.Feature> features) {
        int type = -1;
        for (org.landcon.spatial.io.Feature f : features) {
            if (f.geometry() == null) {
                continue;
            }
            int t = FgbGeometries.typeOf(f.geometry());
            boolean polygons = (t == GeometryType.Polygon || t == GeometryType.MultiPolygon)
                    && (type == GeometryType.Polygon || type == GeometryType.MultiPolygon);
            if (type >= 0 && t != type && !polygons) {
                return GeometryType.Unknown;
            }
            type = polygons && t != type ? GeometryType.MultiPolygon : t;
        }
        return type < 0 ? GeometryType.Unknown : type;
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
