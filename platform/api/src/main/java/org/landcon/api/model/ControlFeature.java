package org.landcon.api.model;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * A feature of a control layer: 永久基本农田 (YJJBNT), 生态保护红线 (STBHHX), 城镇开发边界 (CZKFBJ),
 * 河湖管理范围 (HHGLFW), 历史文化保护范围 (LSWHBH) or 古树名木 (GSMM, points with BHBJ).
 *
 * @param layer      the layer name, one of {@link ControlLayers}
 * @param id         the feature's id (BSM where present)
 * @param properties every attribute as read
 * @param geometry   polygon or point, in the unit's CRS
 */
public record ControlFeature(String layer, String id, Map<String, Object> properties, Geometry geometry) {

    public ControlFeature {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** A numeric attribute, or {@code fallback} when absent or not a number. */
    public double number(String key, double fallback) {
        Object v = properties.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return v == null ? fallback : Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
