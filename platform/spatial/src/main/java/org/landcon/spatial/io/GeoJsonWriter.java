package org.landcon.spatial.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.landcon.spatial.io.internal.GeoJsonGeometries;
import org.landcon.spatial.io.internal.JsonValues;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a layer as a GeoJSON FeatureCollection in UTF-8, with the legacy
 * {@code "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4523"}}} member when
 * the layer's CRS is known (GDAL and QGIS read it; without it they would assume WGS 84). Dates are
 * written as ISO text; a feature's id as the {@code id} member.
 */
public final class GeoJsonWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private GeoJsonWriter() {
    }

    public static void write(Path file, FeatureLayer layer) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, layer);
        }
    }

    public static void write(OutputStream stream, FeatureLayer layer) throws IOException {
        try (JsonGenerator out = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            out.writeStartObject();
            out.writeStringField("type", "FeatureCollection");
            if (layer.crs() != null && layer.crs().recognised()) {
                out.writeFieldName("crs");
                JsonValues.write(out, Map.of("type", "name", "properties",
                        Map.of("name", "urn:ogc:def:crs:EPSG::" + layer.crs().epsg())));
            }
            out.writeArrayFieldStart("features");
            for (Feature f : layer.features()) {
                feature(out, f);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    private static void feature(JsonGenerator out, Feature f) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "Feature");
        if (f.id() != null) {
            out.writeStringField("id", f.id());
        }
        out.writeFieldName("properties");
        JsonValues.write(out, f.properties());
        out.writeFieldName("geometry");
        GeoJsonGeometries.write(out, f.geometry());
        out.writeEndObject();
    }
}
