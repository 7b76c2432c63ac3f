package org.landcon.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;

/** A scale bar in metres (千米 from 1 000 m), of a round length (1, 2 or 5 × 10ⁿ m). */
final class ScaleBar {

    private final double pixelsPerMetre;
    private final MapFonts fonts;

    ScaleBar(double pixelsPerMetre, MapFonts fonts) {
        this.pixelsPerMetre = pixelsPerMetre;
        this.fonts = fonts;
    }

    /** The round length in metres whose bar is at most {@code maxPixels} long. */
    static double roundLength(double maxMetres) {
        double base = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * base <= maxMetres) {
                return m * base;
            }
        }
        return base;
    }

    /** Draws the bar with its left end at ({@code x}, {@code y}), at most {@code maxPixels} long. */
    void draw(Graphics2D g, int x, int y, double maxPixels) {
        double metres = roundLength(maxPixels / pixelsPerMetre);
        int len = (int) Math.round(metres * pixelsPerMetre);
        g.setColor(new Color(255, 255, 255, 210));
        g.fillRect(x - 4, y - 20, len + 70, 28);
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        g.fillRect(x, y - 4, len / 2, 5);
        g.drawRect(x, y - 4, len, 5);
        g.setFont(fonts.font(Font.PLAIN, 11));
        g.drawString("0", x - 2, y - 7);
        g.drawString(text(metres), x + len - 6, y - 7);
    }

    private String text(double metres) {
        return metres >= 1000 ? Numbers.plain(metres / 1000) + fonts.label(" 千米", " km")
                : Numbers.plain(metres) + fonts.label(" 米", " m");
    }
}
