package org.landcon.spatial.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

class ConvexClipTest {
    private final GeometryFactory factory = new GeometryFactory();

    @Test
    void concaveOrHoledPolygonsAreNotClippers() throws Exception {
        assertNull(ConvexClip.of(new WKTReader().read("POLYGON ((0 0, 10 0, 10 10, 5 5, 0 10, 0 0))")));
        assertNull(ConvexClip.of(new WKTReader().read(
                "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 3 2, 3 3, 2 3, 2 2))")));
    }

    @Test
    void agreesWithOverlayNgOnAThousandRandomPairsAtGaussKrugerMagnitudes() {
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < 1_000; k++) {
            Polygon convex = (Polygon) star(r, 3 + r.nextInt(6), 35_550_000, 4_260_000).convexHull();
            Geometry subject = star(r, 4 + r.nextInt(12), 35_550_000 + r.nextDouble() * 60, 4_260_000);
            double expected = OverlayNGRobust.overlay(subject, convex, OverlayNG.INTERSECTION).getArea();
            double actual = ConvexClip.of(convex).intersectionArea((Polygon) subject);
            assertEquals(expected, actual, 1e-9 * Math.max(1, expected), "pair " + k);
        }
    }

    /** A star-shaped (often concave) polygon around (x, y), radius up to 100 m. */
    private Geometry star(SplittableRandom r, int n, double x, double y) {
        Coordinate[] c = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double d = 20 + r.nextDouble() * 80;
            c[i] = new Coordinate(x + d * Math.cos(a), y + d * Math.sin(a));
        }
        c[n] = c[0].copy();
        return factory.createPolygon(c);
    }
}
