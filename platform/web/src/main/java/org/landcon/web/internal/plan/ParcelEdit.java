package org.landcon.web.internal.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.spatial.io.FeatureLayer;
import org.landcon.spatial.io.GeoJsonReader;
import org.landcon.web.internal.Json;
import org.landcon.web.internal.http.ApiException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A change parcel after an edit: the given properties replace the old ones (a {@code null} removes
 * one), the typed fields are read again from the properties, and a given GeoJSON geometry (a valid
 * polygon in the plan's CRS) replaces the old geometry. The id never changes.
 */
public final class ParcelEdit {

    private ParcelEdit() {
    }

    public static ChangeParcel apply(ChangeParcel old, JsonNode edit, int srid) {
        Map<String, Object> props = new LinkedHashMap<>(old.properties());
        JsonNode given = edit.path("properties");
        given.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                props.remove(e.getKey());
            } else {
                props.put(e.getKey(), Json.MAPPER.convertValue(e.getValue(), Object.class));
            }
        });
        props.remove("id");
        Geometry geometry = edit.hasNonNull("geometry") ? geometry(edit.get("geometry"), old.id(), srid) : old.geometry();
        return new ChangeParcel(old.id(), text(props, "subproject"), text(props, "name"), text(props, "type"),
                text(props, "kind"), text(props, "toDLBM"), integer(props, "toGrade", old.id()),
                number(props, "toKCXS", old.id()), text(props, "measure"), date(props, "start", old.id()),
                date(props, "finish", old.id()), props, geometry);
    }

    static Geometry geometry(JsonNode geojson, String id, int srid) {
        String feature = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + geojson + "}";
        FeatureLayer layer;
        try {
            layer = GeoJsonReader.read(new ByteArrayInputStream(feature.getBytes(StandardCharsets.UTF_8)), "geometry");
        } catch (IOException e) {
            throw ApiException.badRequest("地块 " + id + " 的几何图形无法读取：" + e.getMessage(),
                    "the geometry of parcel " + id + " cannot be read: " + e.getMessage());
        }
        Geometry g = layer.features().isEmpty() ? null : layer.features().get(0).geometry();
        if (!(g instanceof Polygonal) || g.isEmpty() || !g.isValid()) {
            throw ApiException.badRequest("地块 " + id + " 的几何图形须为有效的面（Polygon 或 MultiPolygon）",
                    "the geometry of parcel " + id + " must be a valid Polygon or MultiPolygon");
        }
        g.setSRID(srid);
        return g;
    }

    private static String text(Map<String, Object> p, String key) {
        Object v = p.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString();
    }

    private static Integer integer(Map<String, Object> p, String key, String id) {
        Double d = number(p, key, id, null);
        return d == null ? null : (int) Math.round(d);
    }

    private static double number(Map<String, Object> p, String key, String id) {
        Double d = number(p, key, id, null);
        return d == null ? 0 : d;
    }

    private static Double number(Map<String, Object> p, String key, String id, Double fallback) {
        Object v = p.get(key);
        if (v == null || v.toString().isBlank()) {
            return fallback;
        }
        try {
            return v instanceof Number n ? n.doubleValue() : Double.valueOf(v.toString().trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("地块 " + id + " 的字段 " + key + " 须为数字：" + v,
                    "field " + key + " of parcel " + id + " must be a number: " + v);
        }
    }

    private static LocalDate date(Map<String, Object> p, String key, String id) {
        String v = text(p, key);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("地块 " + id + " 的字段 " + key + " 须为 yyyy-MM-dd 日期：" + v,
                    "field " + key + " of parcel " + id + " must be a yyyy-MM-dd date: " + v);
        }
    }
}
