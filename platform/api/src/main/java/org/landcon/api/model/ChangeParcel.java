package org.landcon.api.model;

import java.time.LocalDate;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * 变化地块: one change parcel of a sub-project (子项目), as given in {@code subprojects.geojson}.
 * The typed components are the properties every content type shares; {@link #properties()} keeps
 * all of them, including those a content module defines for its own kinds.
 *
 * @param id         unique feature id
 * @param subproject 子项目编号; parcels with the same id form one sub-project
 * @param name       sub-project name
 * @param type       content type id of the owning module ({@code farmland}, {@code construction} …)
 * @param kind       what the parcel does, defined by the content module (e.g. {@code pbf-out})
 * @param toDLBM     land class after the works, or {@code null} when unchanged
 * @param toGrade    耕地质量等别 after the works, or {@code null}
 * @param toKCXS     扣除系数 after the works (0 unless given)
 * @param measure    {@code measured} 实测, {@code map} 图上作业 or {@code coefficient} 系数测算, or null
 * @param start      start of the parcel's works, or {@code null}
 * @param finish     finish of the parcel's works, or {@code null}
 * @param properties every property of the feature as read
 * @param geometry   the polygon, in the unit's CRS
 */
public record ChangeParcel(String id, String subproject, String name, String type, String kind, String toDLBM,
        Integer toGrade, double toKCXS, String measure, LocalDate start, LocalDate finish,
        Map<String, Object> properties, Geometry geometry) {

    public ChangeParcel {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** A property as text, or {@code null} when absent or empty. */
    public String text(String key) {
        Object v = properties.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString();
    }

    /**
     * The {@code funding} property: source → 万元 (e.g. {@code central}, {@code county},
     * {@code bond}), whether it was read as an object or as the JSON text of one; empty when the
     * parcel names no funding. Amounts that are not numbers are left out.
     *
     * @since 1.1
     */
    public Map<String, Double> funding() {
        Object v = properties.get("funding");
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> addAmount(out, String.valueOf(k), x));
        } else if (v != null) {
            java.util.regex.Matcher e = FUNDING_ENTRY.matcher(v.toString());
            while (e.find()) {
                addAmount(out, e.group(1), e.group(2));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static final java.util.regex.Pattern FUNDING_ENTRY = java.util.regex.Pattern
            .compile("\"([^\"]+)\"\\s*:\\s*\"?(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)\"?");

    private static void addAmount(Map<String, Double> out, String source, Object amount) {
        Double d = null;
        if (amount instanceof Number n) {
            d = n.doubleValue();
        } else {
            try {
                d = Double.valueOf(String.valueOf(amount).trim());
            } catch (NumberFormatException notANumber) {
                // left out, as documented
            }
        }
        if (d != null) {
            out.merge(source, d, Double::sum);
        }
    }

    /** A numeric property, or {@code null} when absent or not a number. */
    public Double number(String key) {
        Object v = properties.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return v == null ? null : Double.valueOf(v.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
