package org.landcon.spatial.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.landcon.spatial.io.internal.DbfCharsets;
import org.landcon.spatial.io.internal.DbfSchema;
import org.landcon.spatial.io.internal.DbfWriter;
import org.landcon.spatial.io.internal.ShpGeometryWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;

/**
 * Writes an ESRI Shapefile: .shp, .shx, .dbf, .cpg, and a .prj when the layer's CRS is one
 * {@link EsriPrj} knows.
 * <ul>
 * <li>The DBF is encoded in GBK unless told otherwise, and the .cpg says so ({@code GBK}), so that
 * GDAL and ArcGIS read Chinese text back.</li>
 * <li>Fields are chosen from the values (see {@link #write(Path, FeatureLayer, Charset)}): character
 * fields are as wide as the longest value in bytes, so no text is cut or nulled.</li>
 * <li>Polygon rings are written outer clockwise, holes counter-clockwise.</li>
 * <li>All features must share one shape type (polygons and multipolygons together are fine).</li>
 * </ul>
 */
public final class ShapefileWriter {

    private ShapefileWriter() {
    }

    /** Writes {@code layer} to {@code shp} and its sibling files, the DBF in GBK. */
    public static List<DbfField> write(Path shp, FeatureLayer layer) throws IOException {
        return write(shp, layer, DbfCharsets.DEFAULT);
    }

    /**
     * Writes {@code layer} to {@code shp} and its sibling files. Text fields are C(n) with n the longest
     * value in bytes of {@code cs}; integers N(≥9,0); decimals N(≥19, 2–10); dates D; booleans L.
     *
     * @return the DBF fields written, in order (names longer than 10 bytes are cut and made unique)
     * @throws IllegalArgumentException when features mix shape types or a text exceeds 254 bytes
     */
    public static List<DbfField> write(Path shp, FeatureLayer layer, Charset cs) throws IOException {
        int type = shapeType(layer);
        List<Map<String, Object>> rows = layer.features().stream().map(Feature::properties).toList();
        Map<String, DbfField> fields = DbfSchema.infer(rows, cs);
        String base = shp.getFileName().toString().replaceFirst("(?i)\\.shp$", "");
        Path dir = shp.toAbsolutePath().getParent();
        writeShpAndShx(dir.resolve(base + ".shp"), dir.resolve(base + ".shx"), layer, type);
        Files.write(dir.resolve(base + ".dbf"), DbfWriter.write(fields, rows, cs));
        Files.writeString(dir.resolve(base + ".cpg"), DbfCharsets.cpgText(cs), StandardCharsets.US_ASCII);
        Crs crs = layer.crs();
        if (crs != null && EsriPrj.canWrite(crs.epsg())) {
            Files.writeString(dir.resolve(base + ".prj"), EsriPrj.write(crs.epsg()), StandardCharsets.US_ASCII);
        }
        return new ArrayList<>(fields.values());
    }

    private static int shapeType(FeatureLayer layer) {
        int type = 0;
        for (Feature f : layer.features()) {
            Geometry g = f.geometry();
            if (g != null && g.getClass() == GeometryCollection.class) {
                throw new IllegalArgumentException("a Shapefile cannot hold a GeometryCollection");
            }
            int t = ShpGeometryWriter.shapeType(g);
            if (t != 0 && type != 0 && t != type) {
                throw new IllegalArgumentException("a Shapefile holds one shape type; found " + type + " and " + t);
            }
            type = t == 0 ? type : t;
        }
        return type == 0 ? 5 : type;
    }

    private static void writeShpAndShx(Path shp, Path shx, FeatureLayer layer, int type) throws IOException {
        List<byte[]> contents = layer.features().stream().map(f -> ShpGeometryWriter.content(f.geometry())).toList();
        int shpLength = 100 + contents.stream().mapToInt(c -> 8 + c.length).sum();
        Envelope box = envelope(layer);
        ByteBuffer shpOut = ByteBuffer.allocate(shpLength).put(header(shpLength, type, box));
        ByteBuffer index = ByteBuffer.allocate(100 + 8 * contents.size()).put(header(index(contents), type, box));
        for (int i = 0; i < contents.size(); i++) {
            byte[] c = contents.get(i);
            index.putInt(shpOut.position() / 2).putInt(c.length / 2);
            shpOut.putInt(i + 1).putInt(c.length / 2).put(c);
        }
        Files.write(shp, shpOut.array());
        Files.write(shx, index.array());
    }

    private static int index(List<byte[]> contents) {
        return 100 + 8 * contents.size();
    }

    /** The 100-byte main file header: big-endian code and length, little-endian version, type and box. */
    private static byte[] header(int fileLength, int type, Envelope e) {
        ByteBuffer b = ByteBuffer.allocate(100);
        b.order(ByteOrder.BIG_ENDIAN).putInt(9994).position(24);
        b.putInt(fileLength / 2).order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type);
        b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        return b.array();
    }

    private static Envelope envelope(FeatureLayer layer) {
        Envelope e = new Envelope();
        layer.features().stream().filter(f -> f.geometry() != null).forEach(f -> e.expandToInclude(f.geometry()
                .getEnvelopeInternal()));
        return e.isNull() ? new Envelope(0, 0, 0, 0) : e;
    }
}
