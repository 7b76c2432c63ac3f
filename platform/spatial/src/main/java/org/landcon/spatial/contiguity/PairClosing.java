package org.landcon.spatial.contiguity;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Whether the morphological closing (buffer +d, then −d) of two disjoint polygons joins them.
 * The closing at a point depends only on what lies within 2d of it, and a bridge between A and B
 * lies where both are near, so the test runs on A and B cut to their common envelope grown by
 * 4d, and looks for a bridge inside that envelope grown by 2d: a few small polygons, whatever the
 * size of A and B.
 */
final class PairClosing {
    /** Segments per quarter circle: round enough to decide membership. */
    private static final int QUADRANT_SEGMENTS = 4;

    private PairClosing() {
    }

    /**
     * Tries first the edges through the nearest points {@code near} of A and B ({@link FacingEdges}:
     * two fields across a road, decided without a buffer), then the closing around those points,
     * then, if that finds no bridge, the closing where the two envelopes meet.
     */
    static boolean joins(Geometry a, Geometry b, double d, Coordinate[] near) {
        return FacingEdges.bridge(a, b, d, near) || joinsWithin(a, b, d, new Envelope(near[0], near[1]))
                || joins(a, b, d);
    }

    static boolean joins(Geometry a, Geometry b, double d) {
        Envelope common = a.getEnvelopeInternal().intersection(b.getEnvelopeInternal());
        // envelopes apart (by at most 2d): the gap between them is the place to look
        Envelope near = common.isNull() ? gapBetween(a.getEnvelopeInternal(), b.getEnvelopeInternal()) : common;
        return joinsWithin(a, b, d, near);
    }

    /** Whether a bridge joins A and B within {@code near} grown by 2d. */
    private static boolean joinsWithin(Geometry a, Geometry b, double d, Envelope near) {
        GeometryFactory factory = a.getFactory();
        Envelope window = new Envelope(near);
        window.expandBy(2 * d);
        Envelope cut = new Envelope(near);
        cut.expandBy(4 * d);
        Geometry rect = factory.toGeometry(cut);
        Geometry ca = OverlayNGRobust.overlay(a, rect, OverlayNG.INTERSECTION);
        Geometry cb = OverlayNGRobust.overlay(b, rect, OverlayNG.INTERSECTION);
        BufferParameters params = new BufferParameters(QUADRANT_SEGMENTS);
        Geometry both = OverlayNGRobust.overlay(ca, cb, OverlayNG.UNION);
        Geometry closed = BufferOp.bufferOp(BufferOp.bufferOp(both, d, params), -d, params);
        Geometry inWindow = OverlayNGRobust.overlay(closed, factory.toGeometry(window), OverlayNG.INTERSECTION);
        for (int i = 0; i < inWindow.getNumGeometries(); i++) {
            Geometry part = inWindow.getGeometryN(i);
            if (part.getDimension() == 2 && part.intersects(ca) && part.intersects(cb)) {
                return true;
            }
        }
        return false;
    }

    /** The box between two disjoint envelopes (their gap, with the overlap of their spans). */
    private static Envelope gapBetween(Envelope a, Envelope b) {
        double minX = Math.min(a.getMaxX(), b.getMaxX());
        double maxX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMaxY(), b.getMaxY());
        double maxY = Math.max(a.getMinY(), b.getMinY());
        return new Envelope(Math.min(minX, maxX), Math.max(minX, maxX), Math.min(minY, maxY), Math.max(minY, maxY));
    }
}
