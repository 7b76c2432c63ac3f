package org.landcon.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.ImageIO;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.LandParcel;
import org.landcon.report.internal.Legend;
import org.landcon.report.internal.MapFonts;
import org.landcon.report.internal.MapLayers;
import org.landcon.report.internal.MapLayout;
import org.landcon.report.internal.MapPanel;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws a plan map as PNG with JTS {@code ShapeWriter} and Java2D, without a display (the caller
 * sets {@code java.awt.headless=true}):
 * <ul>
 * <li>a title with the unit's name; two panels side by side at the same scale, north up:
 * 整治前 (the survey coloured by land-class group: 耕地 yellow, 林地 green, 草地 light green, 水域
 * blue, 建设用地 red and grey …) and 整治后 (the same with each change parcel filled with the class
 * of its {@code toDLBM});</li>
 * <li>in both: 生态保护红线 hatched green, 永久基本农田 outlined, 城镇开发边界 purple dashed, change
 * parcels outlined by content type, and the features violations name filled red;</li>
 * <li>a scale bar in metres and a north arrow per panel, and a legend (图例) at the bottom.</li>
 * </ul>
 * Labels are in Chinese when a CJK font is installed, in English otherwise. Each layer is drawn as
 * one path, so 200 000 parcels take about a second.
 */
public final class PlanMapRenderer {

    private PlanMapRenderer() {
    }

    /** Draws {@code content} on a {@code width} × {@code height} image and writes it as PNG to {@code png}. */
    public static void render(MapContent content, int width, int height, OutputStream png) throws IOException {
        if (!ImageIO.write(draw(content, width, height), "png", png)) {
            throw new IOException("no PNG writer in this Java runtime (无法写出 PNG)");
        }
    }

    /** Draws {@code content} on a new {@code width} × {@code height} RGB image. */
    public static BufferedImage draw(MapContent content, int width, int height) {
        if (width < 100 || height < 100) {
            throw new IllegalArgumentException("map size " + width + "×" + height + " is below 100×100 (地图尺寸过小)");
        }
        MapFonts fonts = MapFonts.get();
        MapLayout layout = new MapLayout(extent(content), width, height);
        MapLayers layers = new MapLayers(content, layout);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            title(g, content.title(), fonts, width);
            MapPanel panel = new MapPanel(layers, layout, fonts);
            panel.draw(g, 0);
            panel.draw(g, 1);
            new Legend(layers, fonts).draw(g, layout.legendBand(width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void title(Graphics2D g, String unitName, MapFonts fonts, int width) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(fonts.font(Font.BOLD, 18));
        String name = unitName == null || g.getFont().canDisplayUpTo(unitName) >= 0 ? "" : unitName + " ";
        String title = name + fonts.both("全域土地综合整治 整治前后对比图", "land consolidation: before and after");
        g.setColor(Color.BLACK);
        g.drawString(title, Math.max(10, (width - g.getFontMetrics().stringWidth(title)) / 2), 26);
    }

    /** The envelope of the survey, or of everything drawn when there is no survey. */
    static Envelope extent(MapContent content) {
        Envelope e = new Envelope();
        content.landParcels().stream().map(LandParcel::geometry).forEach(geom -> expand(e, geom));
        if (e.isNull()) {
            content.changeParcels().stream().map(ChangeParcel::geometry).forEach(geom -> expand(e, geom));
            content.controls().values().forEach(l -> l.forEach(f -> expand(e, f.geometry())));
        }
        return e;
    }

    private static void expand(Envelope e, Geometry g) {
        if (g != null) {
            e.expandToInclude(g.getEnvelopeInternal());
        }
    }
}
