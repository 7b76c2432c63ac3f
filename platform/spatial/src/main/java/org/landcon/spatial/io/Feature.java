package org.landcon.spatial.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a layer as read from or written to a file.
 *
 * @param id         the feature id (GeoJSON {@code id} member or {@code id} property), or
 *                   {@code null} where the format has none (Shapefile)
 * @param properties attributes in file order; values are {@code String}, {@code Integer},
 *                   {@code Long}, {@code Double}, {@code Boolean}, {@code LocalDate}, lists and
 *                   maps (GeoJSON), or {@code null}
 * @param geometry   the geometry, or {@code null} for a null shape
 */
public record Feature(String id, Map<String, Object> properties, Geometry geometry) {

    public Feature {
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** The value of {@code key}, or {@code null}. */
    public Object get(String key) {
        return properties.get(key);
    }
}
