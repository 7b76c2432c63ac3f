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

import org.landcon.api.model.Problem;
import org.landcon.spatial.io.internal.DbfCharsets;
import org.landcon.spatial.io.internal.DbfReader;
import org.landcon.spatial.io.internal.DbfTable;
import org.landcon.spatial.io.internal.ShapefileParts;
import org.landcon.spatial.io.internal.ShpGeometryReader;
import org.landcon.spatial.io.internal.ShpRecords;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads an ESRI Shapefile with its .shx, .dbf, .prj and .cpg, found next to the .shp whatever the
 * case of their names.
 * <ul>
 * <li>The DBF is decoded with the .cpg's encoding, or GBK when there is no .cpg (an unknown .cpg
 * gives a warning and GBK).</li>
 * <li>The .prj is matched to an EPSG code by {@link EsriPrj#parse(String)}; no .prj gives a layer
 * with no CRS.</li>
 * <li>Polygon rings follow the Shapefile rule (outer clockwise) and holes go to the shell that
 * contains them.</li>
 * <li>A missing .shx or .dbf, a truncated file or differing record counts throw
 * {@link LayerFormatException} naming the file; records marked deleted in the DBF are skipped.</li>
 * </ul>
 */
public final class ShapefileReader {

    private ShapefileReader() {
    }

    /** Reads {@code shp}, naming it by its file name in messages. */
    public static FeatureLayer read(Path shp) throws IOException {
        return read(shp, shp.getFileName().toString());
    }

    /** Reads {@code shp}, naming it {@code label} (e.g. {@code basemap/DLTB.shp}) in messages. */
    public static FeatureLayer read(Path shp, String label) throws IOException {
        ShapefileParts parts = new ShapefileParts(shp, label);
        Path shx = parts.part("shx");
        Path dbf = parts.part("dbf");
        List<Problem> missing = new ArrayList<>();
        if (!Files.isRegularFile(shp)) {
            missing.add(Problem.error(label, null, null, "文件不存在", "the file does not exist"));
        }
        if (shx == null) {
            missing.add(missing(parts, "shx", "索引文件", "index file"));
        }
        if (dbf == null) {
            missing.add(missing(parts, "dbf", "属性表文件", "attribute file"));
        }
        if (!missing.isEmpty()) {
            throw new LayerFormatException(missing);
        }
        List<Problem> warnings = new ArrayList<>();
        Charset cs = charset(parts, warnings);
        byte[] shpBytes = Files.readAllBytes(shp);
        List<ShpRecords.Entry> records = ShpRecords.read(shpBytes, label);
        int indexed = ShpRecords.indexCount(Files.readAllBytes(shx), parts.label("shx", shx));
        DbfTable table = DbfReader.read(Files.readAllBytes(dbf), cs, parts.label("dbf", dbf));
        checkCounts(parts, shx, dbf, records.size(), indexed, table.rows().size());
        List<Feature> features = features(shpBytes, records, table, label);
        return new FeatureLayer(label, crs(parts), features, warnings);
    }

    private static Problem missing(ShapefileParts parts, String ext, String zh, String en) {
        String name = parts.name(ext, null);
        return Problem.error(parts.label(), null, null, "缺少 ." + ext + " " + zh + "（" + name + "）",
                "the ." + ext + " " + en + " is missing (" + name + ")");
    }

    private static void checkCounts(ShapefileParts parts, Path shx, Path dbf, int shp, int indexed, int rows)
            throws LayerFormatException {
        if (shp != indexed || shp != rows) {
            String a = parts.name("shp", parts.shp());
            String b = parts.name("shx", shx);
            String c = parts.name("dbf", dbf);
            throw new LayerFormatException(Problem.error(parts.label(), null, null,
                    "记录数不一致：" + a + " 有 " + shp + " 条，" + b + " 有 " + indexed + " 条，" + c + " 有 " + rows + " 条",
                    "record counts differ: " + a + " has " + shp + ", " + b + " has " + indexed + ", " + c + " has "
                            + rows));
        }
    }

    private static List<Feature> features(byte[] shp, List<ShpRecords.Entry> records, DbfTable table, String label)
            throws LayerFormatException {
        ByteBuffer le = ByteBuffer.wrap(shp).order(ByteOrder.LITTLE_ENDIAN);
        GeometryFactory gf = new GeometryFactory();
        // records are independent: decoded in parallel (absolute reads of one buffer), kept in order
        Object[] decoded = new Object[records.size()];
        java.util.stream.IntStream.range(0, records.size()).parallel().forEach(i -> {
            ShpRecords.Entry r = records.get(i);
            try {
                decoded[i] = ShpGeometryReader.read(le, r.offset(), r.length(), gf);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                decoded[i] = Problem.error(label, "#" + r.number(), null,
                        "第 " + r.number() + " 条记录的几何数据损坏：" + e.getMessage(),
                        "the geometry of record " + r.number() + " is damaged: " + e.getMessage());
            }
        });
        List<Feature> features = new ArrayList<>(records.size());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < decoded.length; i++) {
            Map<String, Object> row = table.rows().get(records.get(i).number() - 1);
            if (decoded[i] instanceof Problem p) {
                problems.add(p);
            } else if (row != null) {
                features.add(new Feature(null, row, (Geometry) decoded[i]));
            }
        }
        if (!problems.isEmpty()) {
            throw new LayerFormatException(problems);
        }
        return features;
    }

    private static Charset charset(ShapefileParts parts, List<Problem> warnings) throws IOException {
        Path cpg = parts.part("cpg");
        if (cpg == null) {
            return DbfCharsets.DEFAULT;
        }
        String text = Files.readString(cpg, StandardCharsets.ISO_8859_1).strip();
        Charset cs = DbfCharsets.fromCpg(text);
        if (cs == null) {
            warnings.add(Problem.warning(parts.label("cpg", cpg), null, null,
                    "无法识别 .cpg 中的编码“" + text + "”，按 GBK 读取",
                    "unknown encoding \"" + text + "\" in the .cpg; read as GBK"));
            return DbfCharsets.DEFAULT;
        }
        return cs;
    }

    private static Crs crs(ShapefileParts parts) throws IOException {
        Path prj = parts.part("prj");
        if (prj == null) {
            return null;
        }
        String wkt = Files.readString(prj, StandardCharsets.ISO_8859_1).strip();
        return wkt.isEmpty() ? null : EsriPrj.parse(wkt);
    }
}
