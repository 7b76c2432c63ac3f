package org.landcon.spatial.contiguity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.distance.DistanceOp;

class FacingEdgesTest {
    private static final GeometryFactory F = new GeometryFactory();
    private static final double D = 3;

    @Test
    void fieldsAcrossAFourMetreRoadFaceEachOther() {
        assertTrue(bridge(box(0, 0, 100, 100), box(104, 0, 204, 100)));
        assertTrue(bridge(box(0, 0, 100, 100), box(20, 105.9, 60, 150)), "40 m of field across 5.9 m");
    }

    @Test
    void aGapWiderThanTwiceTheRadiusIsNotBridged() {
        assertFalse(bridge(box(0, 0, 100, 100), box(106.5, 0, 206.5, 100)));
    }

    @Test
    void cornersAndShortStretchesAreLeftToTheClosing() {
        assertFalse(bridge(box(0, 0, 100, 100), box(103, 103, 203, 203)), "corner to corner");
        assertFalse(bridge(box(0, 0, 100, 100), box(104, 97, 204, 197)), "they face each other over 3 m only");
    }

    @Test
    void slightlySkewFieldsAcrossARoadFaceEachOther() {
        Geometry b = AffineTransformation.rotationInstance(Math.toRadians(0.5), 104, 50).transform(box(104, 0, 204, 100));
        assertTrue(bridge(box(0, 0, 100, 100), b));
    }

    /** Whenever the quick test finds a bridge, the closing of the two fields joins them. */
    @Test
    void neverClaimsABridgeTheClosingDoesNotMake() {
        Random random = new Random(11);
        int claimed = 0;
        for (int k = 0; k < 400; k++) {
            Geometry a = box(0, 0, 20 + 80 * random.nextDouble(), 20 + 80 * random.nextDouble());
            double x = a.getEnvelopeInternal().getMaxX() + 0.2 + 7 * random.nextDouble();
            double y = -30 + 60 * random.nextDouble();
            Geometry b = AffineTransformation.rotationInstance(Math.toRadians(-2 + 4 * random.nextDouble()), x, y)
                    .transform(box(x, y, x + 5 + 60 * random.nextDouble(), y + 5 + 60 * random.nextDouble()));
            if (b.intersects(a) || !bridge(a, b)) {
                continue;
            }
            claimed++;
            Geometry closed = a.union(b).buffer(D, 16).buffer(-D, 16);
            assertEquals(1, closed.getNumGeometries(), () -> "claimed a bridge between " + a + " and " + b);
        }
        assertTrue(claimed > 50, "the quick test decides most pairs across roads: " + claimed);
    }

    private static boolean bridge(Geometry a, Geometry b) {
        Coordinate[] near = DistanceOp.nearestPoints(a, b);
        return FacingEdges.bridge(a, b, D, near);
    }

    private static Geometry box(double x0, double y0, double x1, double y1) {
        return F.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
                new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }
}
