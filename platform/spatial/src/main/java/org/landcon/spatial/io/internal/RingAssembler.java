package org.landcon.spatial.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds polygons from the rings of a Shapefile polygon record:
 * <ul>
 * <li>a clockwise ring is a shell, a counter-clockwise ring a hole (the Shapefile rule);</li>
 * <li>each hole goes to the smallest shell that contains it, whatever the ring order;</li>
 * <li>a counter-clockwise ring inside no shell is taken as a shell (writers that ignore the rule),
 * larger rings first, so that rings nested in it still become its holes;</li>
 * <li>one polygon gives a {@link Polygon}, several a MultiPolygon.</li>
 * </ul>
 */
public final class RingAssembler {

    private RingAssembler() {
    }

    public static Geometry assemble(List<Coordinate[]> rings, GeometryFactory gf) {
        List<Shell> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (Coordinate[] coords : rings) {
            LinearRing ring = gf.createLinearRing(closed(coords));
            if (Orientation.isCCW(ring.getCoordinates())) {
                holes.add(ring);
            } else {
                shells.add(new Shell(ring));
            }
        }
        holes.sort(Comparator.comparingDouble((LinearRing r) -> -r.getEnvelopeInternal().getArea()));
        for (LinearRing hole : holes) {
            Shell owner = container(shells, hole);
            if (owner == null) {
                shells.add(new Shell(hole));
            } else {
                owner.holes.add(hole);
            }
        }
        Polygon[] polygons = shells.stream().map(s -> s.polygon(gf)).toArray(Polygon[]::new);
        return polygons.length == 1 ? polygons[0] : gf.createMultiPolygon(polygons);
    }

    private static Shell container(List<Shell> shells, LinearRing hole) {
        Shell best = null;
        for (Shell s : shells) {
            if (s.contains(hole) && (best == null || s.area() < best.area())) {
                best = s;
            }
        }
        return best;
    }

    private static Coordinate[] closed(Coordinate[] c) {
        if (c.length == 0 || c[0].equals2D(c[c.length - 1])) {
            return c;
        }
        Coordinate[] out = java.util.Arrays.copyOf(c, c.length + 1);
        out[c.length] = c[0].copy();
        return out;
    }

    private static final class Shell {
        final LinearRing ring;
        final List<LinearRing> holes = new ArrayList<>();

        Shell(LinearRing ring) {
            this.ring = ring;
        }

        double area() {
            return ring.getEnvelopeInternal().getArea();
        }

        boolean contains(LinearRing hole) {
            if (!ring.getEnvelopeInternal().contains(hole.getEnvelopeInternal())) {
                return false;
            }
            for (Coordinate c : hole.getCoordinates()) {
                int loc = PointLocation.locateInRing(c, ring.getCoordinates());
                if (loc != Location.BOUNDARY) {
                    return loc == Location.INTERIOR;
                }
            }
            return false;
        }

        Polygon polygon(GeometryFactory gf) {
            return gf.createPolygon(oriented(ring, false, gf), holes.stream().map(h -> oriented(h, true, gf))
                    .toArray(LinearRing[]::new));
        }

        private static LinearRing oriented(LinearRing r, boolean ccw, GeometryFactory gf) {
            return Orientation.isCCW(r.getCoordinates()) == ccw ? r : r.reverse();
        }
    }
}
