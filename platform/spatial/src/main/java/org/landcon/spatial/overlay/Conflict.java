package org.landcon.spatial.overlay;

import org.locationtech.jts.geom.Geometry;

/**
 * Two change parcels that overlap by more than the tolerance (PLAN-CONFLICT).
 *
 * @param first   id of one parcel
 * @param second  id of the other
 * @param area    planar overlap area, m²
 * @param overlap the overlapping geometry
 */
public record Conflict(String first, String second, double area, Geometry overlap) {
}
