package org.landcon.report.internal;

import java.awt.Rectangle;
import java.awt.geom.Point2D;

import org.locationtech.jts.awt.PointTransformation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Where things go on a two-panel map image: the title band on top, the legend band at the bottom,
 * and two equal panels side by side (整治前 left, 整治后 right) showing the same extent at the same
 * scale, north up. Panel-local pixel coordinates start at the panel's top-left corner.
 */
public final class MapLayout {

    static final int MARGIN = 10;
    static final int TITLE = 34;
    static final int LEGEND = 64;

    private final Envelope extent;
    private final Rectangle[] panels = new Rectangle[2];
    private final double scale;
    private final double offsetX;
    private final double offsetY;

    /** @param world the extent to show, in metres; it is padded by 3 % and centred in each panel */
    public MapLayout(Envelope world, int width, int height) {
        int pw = Math.max(1, (width - 3 * MARGIN) / 2);
        int ph = Math.max(1, height - TITLE - LEGEND - 2 * MARGIN);
        panels[0] = new Rectangle(MARGIN, TITLE + MARGIN, pw, ph);
        panels[1] = new Rectangle(2 * MARGIN + pw, TITLE + MARGIN, pw, ph);
        Envelope e = new Envelope(world.isNull() ? new Envelope(0, 1, 0, 1) : world);
        e.expandBy(Math.max(e.getWidth(), e.getHeight()) * 0.03 + 1e-9);
        this.extent = e;
        this.scale = Math.min(pw / e.getWidth(), ph / e.getHeight());
        this.offsetX = (pw - e.getWidth() * scale) / 2;
        this.offsetY = (ph - e.getHeight() * scale) / 2;
    }

    /** Panel 0 (整治前) or 1 (整治后), in image pixels. */
    public Rectangle panel(int i) {
        return new Rectangle(panels[i]);
    }

    /** Pixels per metre. */
    public double scale() {
        return scale;
    }

    public Rectangle legendBand(int width, int height) {
        return new Rectangle(MARGIN, height - LEGEND, Math.max(1, width - 2 * MARGIN), LEGEND - MARGIN / 2);
    }

    /** World → panel-local pixels, for {@link org.locationtech.jts.awt.ShapeWriter}. */
    public PointTransformation local() {
        return (Coordinate src, Point2D dest) -> dest.setLocation(offsetX + (src.x - extent.getMinX()) * scale,
                offsetY + (extent.getMaxY() - src.y) * scale);
    }

    /** Where a world coordinate lands in the image, in panel {@code i}. */
    public Point2D toImage(int i, Coordinate c) {
        Point2D p = new Point2D.Double();
        local().transform(c, p);
        p.setLocation(p.getX() + panels[i].x, p.getY() + panels[i].y);
        return p;
    }
}
