package org.landcon.spatial.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Where things are in the synthetic township: the river along the east (Yellow River side, the
 * irrigated plain west of it), dry uplands in the west, the ecological red line in the south-west
 * corner, the township seat, the administrative villages (行政村) with their hamlets.
 */
final class Places {
    final Envelope extent;
    final LineString river;
    final Polygon redLine;
    final Coordinate seat;
    final double seatRadius;
    final List<Village> villages = new ArrayList<>();
    final Village heritageVillage;

    /** 行政村: code, name, centre; hamlets are the 0702 clusters (自然村) that belong to it. */
    record Village(String code, String name, Coordinate centre, List<Coordinate> hamlets, List<Double> radii) {
    }

    Places(Envelope extent, String townshipCode, int villageCount, GeometryFactory factory, SplittableRandom random) {
        this.extent = extent;
        double w = extent.getWidth();
        double h = extent.getHeight();
        Coordinate[] line = new Coordinate[201];
        double phase = random.nextDouble() * Math.PI;
        for (int k = 0; k <= 200; k++) {
            double v = k / 200.0;
            line[k] = new Coordinate(extent.getMinX() + w * (0.86 + 0.04 * Math.sin(phase + 9.4 * v)),
                    extent.getMinY() + h * v);
        }
        river = factory.createLineString(line);
        redLine = corner(factory, random);
        seat = new Coordinate(extent.getMinX() + w * 0.55, extent.getMinY() + h * 0.55);
        seatRadius = Math.max(250, 0.05 * Math.min(w, h));
        List<String> names = VillageNames.draw(villageCount, random);
        for (int k = 0; k < villageCount; k++) {
            Coordinate c = freeSpot(random, 600);
            List<Coordinate> hamlets = new ArrayList<>();
            List<Double> radii = new ArrayList<>();
            hamlets.add(c);
            radii.add(150 + random.nextDouble() * 100);
            for (int s = 0; s < 3; s++) {
                double a = random.nextDouble() * 2 * Math.PI;
                double d = 500 + random.nextDouble() * 900;
                Coordinate hc = new Coordinate(c.x + d * Math.cos(a), c.y + d * Math.sin(a));
                if (extent.contains(hc) && isOpenCountry(hc)) {
                    hamlets.add(hc);
                    radii.add(80 + random.nextDouble() * 70);
                }
            }
            villages.add(new Village(townshipCode + String.format("%03d", 200 + k) + "0000000", names.get(k), c,
                    hamlets, radii));
        }
        heritageVillage = villages.get(0);
    }

    /** A red-line polygon over about the south-west fifth of the township, with a ragged edge. */
    private Polygon corner(GeometryFactory factory, SplittableRandom random) {
        double w = extent.getWidth();
        double h = extent.getHeight();
        List<Coordinate> ring = new ArrayList<>();
        ring.add(new Coordinate(extent.getMinX(), extent.getMinY()));
        int n = 24;
        for (int k = 0; k <= n; k++) {
            double a = Math.PI / 2 * k / n;
            double r = 0.26 + 0.03 * random.nextDouble();
            ring.add(new Coordinate(extent.getMinX() + w * r * Math.cos(a) * 0.95,
                    extent.getMinY() + h * r * Math.sin(a) * 0.95));
        }
        ring.set(1, new Coordinate(ring.get(1).x, extent.getMinY()));
        ring.set(n + 1, new Coordinate(extent.getMinX(), ring.get(n + 1).y));
        ring.add(ring.get(0).copy());
        return factory.createPolygon(ring.toArray(Coordinate[]::new));
    }

    /** A random point away from the river, the red line and the seat, at least {@code margin} inside. */
    private Coordinate freeSpot(SplittableRandom random, double margin) {
        for (int attempt = 0;; attempt++) {
            Coordinate c = new Coordinate(extent.getMinX() + margin + random.nextDouble() * (extent.getWidth() - 2 * margin),
                    extent.getMinY() + margin + random.nextDouble() * (extent.getHeight() - 2 * margin));
            if (isOpenCountry(c) || attempt > 200) {
                return c;
            }
        }
    }

    boolean isOpenCountry(Coordinate c) {
        return riverDistance(c) > 500 && !inRedLine(c) && c.distance(seat) > seatRadius * 2.5;
    }

    /** Distance to the river's centre line; its vertices are evenly spaced in y, so only nearby segments count. */
    double riverDistance(Coordinate c) {
        Coordinate[] line = river.getCoordinates();
        int n = line.length - 1;
        int k = (int) Math.floor((c.y - extent.getMinY()) / extent.getHeight() * n);
        double best = Double.POSITIVE_INFINITY;
        for (int i = Math.max(0, k - 40); i < Math.min(n, k + 41); i++) {
            best = Math.min(best, org.locationtech.jts.algorithm.Distance.pointToSegment(c, line[i], line[i + 1]));
        }
        return best;
    }

    static double squared(Coordinate a, Coordinate b) {
        double dx = a.x - b.x;
        double dy = a.y - b.y;
        return dx * dx + dy * dy;
    }

    boolean inRedLine(Coordinate c) {
        return redLine.covers(redLine.getFactory().createPoint(c));
    }

    /** u = 0 at the west edge, 1 at the east edge. */
    double u(Coordinate c) {
        return (c.x - extent.getMinX()) / extent.getWidth();
    }

    /** The village whose centre is nearest (the owner of the land, 权属单位). */
    Village owner(Coordinate c) {
        Village best = villages.get(0);
        for (Village v : villages) {
            if (squared(v.centre(), c) < squared(best.centre(), c)) {
                best = v;
            }
        }
        return best;
    }

    /** Whether c lies in one of the hamlets (0702 clusters). */
    boolean inHamlet(Coordinate c) {
        for (Village v : villages) {
            for (int k = 0; k < v.hamlets().size(); k++) {
                double r = v.radii().get(k);
                if (squared(v.hamlets().get(k), c) < r * r) {
                    return true;
                }
            }
        }
        return false;
    }

    Geometry seatZone(GeometryFactory factory, double factor) {
        return factory.createPoint(seat).buffer(seatRadius * factor, 8);
    }
}
