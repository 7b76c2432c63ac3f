package org.landcon.report.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;

/** A north arrow: the map is drawn north up (grid north of the projected CRS). */
final class NorthArrow {

    private NorthArrow() {
    }

    /** Draws the arrow with its tip at ({@code x}, {@code y} + 14) and N above it. */
    static void draw(Graphics2D g, int x, int y) {
        Path2D arrow = new Path2D.Float();
        arrow.moveTo(x, y + 14);
        arrow.lineTo(x + 7, y + 36);
        arrow.lineTo(x, y + 30);
        arrow.lineTo(x - 7, y + 36);
        arrow.closePath();
        g.setColor(Color.BLACK);
        g.fill(arrow);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString("N", x - 4, y + 12);
    }
}
