package org.landcon.spatial.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.Problem;
import org.landcon.spatial.io.internal.GeoJsonGeometries;
import org.landcon.spatial.io.internal.JsonValues;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads GeoJSON (a FeatureCollection or a single Feature), UTF-8.
 * <ul>
 * <li>The legacy {@code crs} member ({@code urn:ogc:def:crs:EPSG::4523}, {@code EPSG:4523}) gives the
 * layer's CRS; without it the CRS is {@code null} and the caller decides (RFC 7946 says WGS 84, but
 * Chinese data is rarely that).</li>
 * <li>A feature's id is its {@code id} member, else its {@code id} property, as text.</li>
 * <li>Malformed JSON or geometry throws {@link LayerFormatException} naming the file and feature.</li>
 * </ul>
 */
public final class GeoJsonReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonReader() {
    }

    public static FeatureLayer read(Path file) throws IOException {
        return read(file, file.getFileName().toString());
    }

    /** Reads {@code file}, naming it {@code label} (e.g. {@code subprojects.geojson}) in messages. */
    public static FeatureLayer read(Path file, String label) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, label);
        }
    }

    public static FeatureLayer read(InputStream in, String label) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new LayerFormatException(Problem.error(label, null, null,
                    "GeoJSON 解析失败：第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr()
                            + " 列：" + e.getOriginalMessage(),
                    "GeoJSON cannot be parsed: line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        }
        String type = root == null ? "" : root.path("type").asText("");
        if (!type.equals("FeatureCollection") && !type.equals("Feature")) {
            throw new LayerFormatException(Problem.error(label, null, null,
                    "不是 GeoJSON 要素集合（type 为“" + type + "”，应为 FeatureCollection）",
                    "not a GeoJSON feature collection (type is \"" + type + "\", expected FeatureCollection)"));
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (type.equals("Feature")) {
            nodes.add(root);
        } else {
            root.path("features").forEach(nodes::add);
        }
        return new FeatureLayer(label, crs(root), features(nodes, label), List.of());
    }

    private static List<Feature> features(List<JsonNode> nodes, String label) throws LayerFormatException {
        GeometryFactory gf = new GeometryFactory();
        List<Feature> features = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode f = nodes.get(i);
            Map<String, Object> props = JsonValues.toMap(f.path("properties"));
            String id = f.hasNonNull("id") ? f.get("id").asText() : props.get("id") == null ? null
                    : props.get("id").toString();
            try {
                Geometry g = GeoJsonGeometries.read(f.get("geometry"), gf);
                features.add(new Feature(id, props, g));
            } catch (IllegalArgumentException e) {
                String name = id != null ? id : "#" + (i + 1);
                problems.add(Problem.error(label, name, null, "要素 " + name + " 的几何格式错误：" + e.getMessage(),
                        "feature " + name + " has a malformed geometry: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new LayerFormatException(problems);
        }
        return features;
    }

    private static Crs crs(JsonNode root) {
        JsonNode name = root.path("crs").path("properties").path("name");
        if (!name.isTextual()) {
            return null;
        }
        String text = name.textValue().strip();
        if (text.matches("(?i)urn:ogc:def:crs:OGC:[0-9.]*:CRS84")) {
            return Crs.of(4326);
        }
        Crs crs = Crs.parse(text);
        return crs != null ? crs : new Crs(0, text, false);
    }
}
