package org.landcon.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.Map;

/**
 * Draws one panel of a plan map: 整治前 (the survey) or 整治后 (the survey with the change parcels
 * filled by their class after), then the control lines, the change parcels' outlines by content
 * type, the features violations name in red, the panel's label, a scale bar and a north arrow.
 * Each layer is one fill or stroke of one path, so the cost barely grows with the state changes.
 */
public final class MapPanel {

    /** Below this many pixels per parcel on average, parcel outlines would only grey the map. */
    private static final int OUTLINE_MIN_PIXELS = 150;
    private static final Color OUTLINE = new Color(255, 255, 255, 150);

    private final MapLayers layers;
    private final MapLayout layout;
    private final MapFonts fonts;

    public MapPanel(MapLayers layers, MapLayout layout, MapFonts fonts) {
        this.layers = layers;
        this.layout = layout;
        this.fonts = fonts;
    }

    /** Draws panel {@code i} (0 = before, 1 = after) into {@code image}. */
    public void draw(Graphics2D image, int i) {
        Rectangle r = layout.panel(i);
        Graphics2D g = (Graphics2D) image.create(r.x, r.y, r.width, r.height);
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, r.width, r.height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            fill(g, layers.before.all());
            if ((long) r.width * r.height / Math.max(1, layers.landParcels) >= OUTLINE_MIN_PIXELS) {
                outline(g, layers.before.all());
            }
            if (i == 1) {
                fill(g, layers.changedTo.all());
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            layers.controls.all().forEach((layer, path) -> MapStyle.drawControl(g, layer, path));
            g.setStroke(MapStyle.CHANGE);
            layers.changeOutlines.all().forEach((type, path) -> {
                g.setColor(MapStyle.typeColor(type));
                g.draw(path);
            });
            violations(g, layers.violated);
            decorations(g, r, i);
        } finally {
            g.dispose();
        }
    }

    private static void fill(Graphics2D g, Map<LandClassGroup, Path2D> paths) {
        paths.forEach((group, path) -> {
            g.setColor(group.color());
            g.fill(path);
        });
    }

    private static void outline(Graphics2D g, Map<LandClassGroup, Path2D> paths) {
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(0.6f));
        paths.values().forEach(g::draw);
    }

    private static void violations(Graphics2D g, Shape violated) {
        if (violated != null) {
            g.setColor(MapStyle.VIOLATION_FILL);
            g.fill(violated);
            g.setColor(MapStyle.VIOLATION);
            g.setStroke(MapStyle.VIOLATED);
            g.draw(violated);
        }
    }

    private void decorations(Graphics2D g, Rectangle r, int i) {
        g.setFont(fonts.font(Font.BOLD, 15));
        String label = i == 0 ? fonts.both("整治前", "Before") : fonts.both("整治后", "After");
        int w = g.getFontMetrics().stringWidth(label);
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRect(6, 6, w + 12, 24);
        g.setColor(Color.BLACK);
        g.drawString(label, 12, 24);
        new ScaleBar(layout.scale(), fonts).draw(g, 12, r.height - 14, r.width / 4.0);
        NorthArrow.draw(g, r.width - 24, 14);
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.DARK_GRAY);
        g.drawRect(0, 0, r.width - 1, r.height - 1);
    }
}
