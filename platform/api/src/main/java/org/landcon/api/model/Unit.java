package org.landcon.api.model;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * 整治单元: the township a plan is made for.
 *
 * @param code              township code, 9 digits (e.g. {@code 640122101})
 * @param name              township name
 * @param county            county code, 6 digits
 * @param region            region (province) code, 6 digits ({@code 640000} = Ningxia)
 * @param crs               the CRS the plan is computed in, e.g. {@code EPSG:4523}
 * @param startYear         first year of the plan period (实施期限)
 * @param endYear           last year of the plan period
 * @param boundary          unit boundary in {@code crs}
 * @param pbfDesignatedArea the township's designated PBF area (永久基本农田划定面积) in m², or
 *                          {@code null} to use the sum of the YJJBNT layer
 */
public record Unit(String code, String name, String county, String region, String crs, int startYear,
        int endYear, Geometry boundary, Double pbfDesignatedArea) {

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(crs, "crs");
    }

    /** The EPSG code of {@link #crs()}, e.g. 4523 for {@code EPSG:4523}. */
    public int srid() {
        return Integer.parseInt(crs.substring(crs.indexOf(':') + 1));
    }
}
