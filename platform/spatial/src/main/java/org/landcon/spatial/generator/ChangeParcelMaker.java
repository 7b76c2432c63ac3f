package org.landcon.spatial.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.landcon.api.model.LandParcel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.quadtree.Quadtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Places change parcels: rotated, slightly irregular quadrilaterals of the kind's size around a
 * survey polygon of the kind's site, cut to the unit (and to the zone where the kind belongs to
 * one), never overlapping a parcel placed before. They cut across survey polygons, as real works
 * do.
 */
final class ChangeParcelMaker {
    private final GeometryFactory factory;
    private final SiteFinder sites;
    private final Places places;
    private final Geometry unit;
    private final Quadtree placed = new Quadtree();

    /** A placed parcel before it is grouped into a sub-project. */
    record Placed(ParcelKinds kind, Geometry geometry, LandParcel site, String toDLBM) {
    }

    ChangeParcelMaker(GeometryFactory factory, SiteFinder sites, Places places, Geometry unit) {
        this.factory = factory;
        this.sites = sites;
        this.places = places;
        this.unit = unit;
    }

    List<Placed> place(int count, SplittableRandom r, java.util.Map<String, Geometry> zones) {
        List<Placed> out = new ArrayList<>();
        for (ParcelKinds kind : ParcelKinds.ALL) {
            int n = Math.max(1, (int) Math.round(count * kind.share()));
            List<LandParcel> candidates = sites.of(kind.site());
            for (int k = 0; k < n && !candidates.isEmpty(); k++) {
                for (int attempt = 0; attempt < 60; attempt++) {
                    LandParcel site = candidates.get(r.nextInt(candidates.size()));
                    Geometry g = shape(kind, site, r, zones.get(kind.site()));
                    if (g != null && isFree(g)) {
                        placed.insert(g.getEnvelopeInternal(), g);
                        out.add(new Placed(kind, g, site, target(kind, site)));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private String target(ParcelKinds kind, LandParcel site) {
        if (!"farmland".equals(kind.toDLBM())) {
            return kind.toDLBM();
        }
        Coordinate c = site.geometry().getCentroid().getCoordinate();
        return places.u(c) < 0.33 ? "0103" : "0102";
    }

    private Geometry shape(ParcelKinds kind, LandParcel site, SplittableRandom r, Geometry zone) {
        double area = kind.minArea() + r.nextDouble() * (kind.maxArea() - kind.minArea());
        double aspect = 1 + r.nextDouble() * 1.2;
        double w = Math.sqrt(area * aspect);
        double h = area / w;
        double angle = r.nextDouble() * Math.PI;
        Coordinate c = site.geometry().getInteriorPoint().getCoordinate();
        double cx = c.x + (r.nextDouble() - 0.5) * 20;
        double cy = c.y + (r.nextDouble() - 0.5) * 20;
        double[][] corners = {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}};
        Coordinate[] ring = new Coordinate[5];
        for (int k = 0; k < 4; k++) {
            double x = corners[k][0] * (1 + (r.nextDouble() - 0.5) * 0.2);
            double y = corners[k][1] * (1 + (r.nextDouble() - 0.5) * 0.2);
            ring[k] = new Coordinate(round(cx + x * Math.cos(angle) - y * Math.sin(angle)),
                    round(cy + x * Math.sin(angle) + y * Math.cos(angle)));
        }
        ring[4] = ring[0].copy();
        Geometry g = factory.createPolygon(ring);
        Geometry clip = zone == null ? unit : zone;
        if (!clip.covers(g)) {
            g = largest(OverlayNGRobust.overlay(g, clip, OverlayNG.INTERSECTION));
        }
        return g == null || g.getArea() < kind.minArea() / 3 ? null : g;
    }

    private Geometry largest(Geometry g) {
        Geometry best = null;
        for (int k = 0; k < g.getNumGeometries(); k++) {
            Geometry part = g.getGeometryN(k);
            if (part instanceof Polygon && (best == null || part.getArea() > best.getArea())) {
                best = part;
            }
        }
        return best;
    }

    @SuppressWarnings("unchecked")
    private boolean isFree(Geometry g) {
        PreparedGeometry p = PreparedGeometryFactory.prepare(g);
        for (Geometry other : (List<Geometry>) placed.query(g.getEnvelopeInternal())) {
            if (p.intersects(other)) {
                return false;
            }
        }
        return true;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
