package org.landcon.store.model;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * A feature of a stored layer (DLTB, YJJBNT …).
 *
 * @param id         the feature's id (BSM where the layer has it)
 * @param properties every attribute, by its official field name
 * @param geometry   in the plan's CRS
 */
public record LayerFeature(String id, Map<String, Object> properties, Geometry geometry) {

    public LayerFeature {
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(properties));
    }
}
