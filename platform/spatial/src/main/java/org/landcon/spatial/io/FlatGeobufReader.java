package org.landcon.spatial.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.Problem;
import org.landcon.spatial.io.internal.FgbGeometries;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.wololo.flatgeobuf.generated.Column;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.Header;

/**
 * Reads a FlatGeobuf 3 layer ({@code .fgb}), as GDAL ({@code ogr2ogr -f FlatGeobuf}) and QGIS
 * write it, with or without its spatial index.
 * <ul>
 * <li>the CRS comes from the header: an EPSG code, else its WKT matched like a {@code .prj}; none
 * declared gives a layer with no CRS (the package then needs {@code unit.json}'s);</li>
 * <li>values map to what the Shapefile and GeoJSON readers give: integers → {@code Long},
 * floats → {@code Double}, Bool → {@code Boolean}, a DateTime holding a date → {@code LocalDate},
 * text, JSON and other date-times → {@code String}; Z and M are dropped (the plan is 2-D);</li>
 * <li>a damaged file gives a {@link LayerFormatException} naming the file and the feature.</li>
 * </ul>
 */
public final class FlatGeobufReader {

    private FlatGeobufReader() {
    }

    public static FeatureLayer read(Path file) throws IOException {
        return read(file, file.getFileName().toString());
    }

    public static FeatureLayer read(Path file, String label) throws IOException {
        return read(Files.readAllBytes(file), label);
    }

    public static FeatureLayer read(byte[] data, String label) throws LayerFormatException {
        ByteBuffer all = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        // "fgb" and the major version 3; the patch version (byte 7) may be any
        if (data.length < 12 || !java.util.Arrays.equals(data, 0, 4, FlatGeobufWriter.MAGIC, 0, 4)) {
            throw broken(label, null, "不是 FlatGeobuf 3 文件（文件头标识不符）",
                    "not a FlatGeobuf 3 file (its magic bytes do not match)");
        }
        Header header;
        int offset;
        try {
            int size = all.getInt(8);
            header = Header.getRootAsHeader(slice(all, 12, size));
            offset = 12 + size;
        } catch (RuntimeException e) {
            throw broken(label, null, "文件头损坏：" + e.getMessage(), "the header is damaged: " + e.getMessage());
        }
        int n = header.columnsLength();
        String[] names = new String[n];
        int[] types = new int[n];
        for (int i = 0; i < n; i++) {
            Column c = header.columns(i);
            names[i] = c.name();
            types[i] = c.type();
        }
        if (header.indexNodeSize() > 0 && header.featuresCount() > 0) {
            offset += indexSize(header.featuresCount(), header.indexNodeSize());
        }
        GeometryFactory gf = new GeometryFactory();
        List<Feature> features = new ArrayList<>();
        while (offset < data.length) {
            int number = features.size() + 1;
            try {
                int size = all.getInt(offset);
                if (size < 0 || offset + 4L + size > data.length) {
                    throw new IndexOutOfBoundsException("the file ends inside it");
                }
                org.wololo.flatgeobuf.generated.Feature f = org.wololo.flatgeobuf.generated.Feature
                        .getRootAsFeature(slice(all, offset + 4, size));
                Geometry g = f.geometry() == null ? null : FgbGeometries.read(f.geometry(), header.geometryType(), gf);
                features.add(new Feature(null, properties(f, names, types), g));
                offset += 4 + size;
            } catch (RuntimeException e) {
                throw broken(label, "#" + number, "第 " + number + " 个要素损坏：" + e.getMessage(),
                        "feature " + number + " is damaged: " + e.getMessage());
            }
        }
        if (header.featuresCount() > 0 && header.featuresCount() != features.size()) {
            throw broken(label, null, "文件头声明 " + header.featuresCount() + " 个要素，实际读到 " + features.size() + " 个",
                    "the header declares " + header.featuresCount() + " features but " + features.size() + " were read");
        }
        return new FeatureLayer(label, crs(header), features, List.of());
    }

    /** Bytes of the packed Hilbert R-tree that follows the header (FlatGeobuf's PackedRTree size). */
    static long indexSize(long items, int nodeSize) {
        int size = Math.min(Math.max(nodeSize, 2), 65535);
        long n = items;
        long nodes = n;
        do {
            n = (n + size - 1) / size;
            nodes += n;
        } while (n != 1);
        return nodes * 40;
    }

    private static Crs crs(Header h) {
        org.wololo.flatgeobuf.generated.Crs c = h.crs();
        if (c == null) {
            return null;
        }
        if (c.code() > 0 && (c.org() == null || c.org().equalsIgnoreCase("EPSG"))) {
            return Crs.of(c.code());
        }
        if (c.wkt() != null && !c.wkt().isBlank()) {
            return EsriPrj.parse(c.wkt());
        }
        Crs parsed = Crs.parse(c.codeString());
        return parsed != null ? parsed : new Crs(0, c.name() != null ? c.name() : String.valueOf(c.codeString()), false);
    }

    private static Map<String, Object> properties(org.wololo.flatgeobuf.generated.Feature f, String[] names,
            int[] types) {
        Map<String, Object> out = new LinkedHashMap<>();
        ByteBuffer p = f.propertiesAsByteBuffer();
        if (p == null) {
            return out;
        }
        p = p.slice().order(ByteOrder.LITTLE_ENDIAN);
        while (p.remaining() >= 2) {
            int i = Short.toUnsignedInt(p.getShort());
            if (i >= names.length) {
                throw new IllegalArgumentException("a value for column " + i + " of " + names.length);
            }
            out.put(names[i], value(p, types[i]));
        }
        return out;
    }

    private static Object value(ByteBuffer p, int type) {
        return switch (type) {
            case ColumnType.Bool -> p.get() != 0;
            case ColumnType.Byte -> (long) p.get();
            case ColumnType.UByte -> (long) Byte.toUnsignedInt(p.get());
            case ColumnType.Short -> (long) p.getShort();
            case ColumnType.UShort -> (long) Short.toUnsignedInt(p.getShort());
            case ColumnType.Int -> (long) p.getInt();
            case ColumnType.UInt -> Integer.toUnsignedLong(p.getInt());
            case ColumnType.Long, ColumnType.ULong -> p.getLong();
            case ColumnType.Float -> (double) p.getFloat();
            case ColumnType.Double -> p.getDouble();
            case ColumnType.DateTime -> date(text(p));
            case ColumnType.Binary -> {
                byte[] bytes = new byte[p.getInt()];
                p.get(bytes);
                yield bytes;
            }
            default -> text(p);
        };
    }

    private static String text(ByteBuffer p) {
        byte[] bytes = new byte[p.getInt()];
        p.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Object date(String s) {
        try {
            return LocalDate.parse(s.length() > 10 && s.substring(10).matches("T00:00:00(\\.0+)?Z?") ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return s;
        }
    }

    private static ByteBuffer slice(ByteBuffer all, int at, int size) {
        return all.duplicate().position(at).limit(at + size).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static LayerFormatException broken(String file, String feature, String zh, String en) {
        return new LayerFormatException(Problem.error(file, feature, null, zh, en));
    }
}
