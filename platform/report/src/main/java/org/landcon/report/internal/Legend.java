package org.landcon.report.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The map's legend (图例): the land-class groups present, the control lines, the change parcels by
 * content type, and violations when there are any; items flow left to right and wrap.
 */
public final class Legend {

    private static final int SWATCH_W = 22;
    private static final int SWATCH_H = 12;

    private record Item(String label, Consumer<Graphics2D> swatch) {
    }

    private final List<Item> items = new ArrayList<>();
    private final MapFonts fonts;

    public Legend(MapLayers layers, MapFonts fonts) {
        this.fonts = fonts;
        Set<LandClassGroup> groups = EnumSet.noneOf(LandClassGroup.class);
        groups.addAll(layers.before.all().keySet());
        groups.addAll(layers.changedTo.all().keySet());
        groups.forEach(gr -> items.add(new Item(fonts.label(gr.zh(), gr.en()), g -> fill(g, gr.color()))));
        layers.controls.all().keySet().forEach(layer -> items.add(new Item(MapStyle.controlName(layer, fonts),
                g -> MapStyle.drawControl(g, layer, new Rectangle2D.Float(1, 1, SWATCH_W - 2, SWATCH_H - 2)))));
        layers.changeOutlines.all().keySet().forEach(type -> items.add(new Item(MapStyle.typeName(type, fonts), g -> {
            g.setStroke(MapStyle.CHANGE);
            g.setColor(MapStyle.typeColor(type));
            g.drawRect(1, 1, SWATCH_W - 2, SWATCH_H - 2);
        })));
        if (layers.violated != null) {
            items.add(new Item(fonts.label("违规要素", "Violation"), g -> fill(g, MapStyle.VIOLATION_FILL)));
        }
    }

    private static void fill(Graphics2D g, Color c) {
        g.setColor(c);
        g.fillRect(0, 0, SWATCH_W, SWATCH_H);
        g.setColor(Color.GRAY);
        g.drawRect(0, 0, SWATCH_W - 1, SWATCH_H - 1);
    }

    public void draw(Graphics2D g, Rectangle band) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(fonts.font(Font.BOLD, 13));
        g.setColor(Color.BLACK);
        String title = fonts.label("图例", "Legend");
        g.drawString(title, band.x, band.y + 14);
        int x0 = band.x + g.getFontMetrics().stringWidth(title) + 12;
        g.setFont(fonts.font(Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        int x = x0;
        int y = band.y + 3;
        for (Item item : items) {
            int w = SWATCH_W + 6 + fm.stringWidth(item.label()) + 16;
            if (x > x0 && x + w > band.x + band.width) {
                x = x0;
                y += 20;
            }
            Graphics2D s = (Graphics2D) g.create(x, y, SWATCH_W + 1, SWATCH_H + 1);
            item.swatch().accept(s);
            s.dispose();
            g.setColor(Color.BLACK);
            g.drawString(item.label(), x + SWATCH_W + 6, y + 11);
            x += w;
        }
    }
}
