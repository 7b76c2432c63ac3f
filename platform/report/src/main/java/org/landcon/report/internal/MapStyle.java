package org.landcon.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ControlLayers;

/** How control lines, change parcels and violations look on a plan map. */
public final class MapStyle {

    /** Control layers drawn, in drawing order, with their names. */
    public static final List<String> CONTROLS = List.of(ControlLayers.STBHHX, ControlLayers.YJJBNT, ControlLayers.CZKFBJ);

    static final Color PBF = new Color(0xB36B00);
    static final Color REDLINE = new Color(0x1B7F3B);
    static final Color UDB = new Color(0x7B1FA2);
    static final Color VIOLATION = new Color(0xE00000);
    static final Color VIOLATION_FILL = new Color(230, 0, 0, 200);
    static final BasicStroke CONTROL = new BasicStroke(1.6f);
    static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 5f}, 0f);
    static final BasicStroke CHANGE = new BasicStroke(1.8f);
    static final BasicStroke VIOLATED = new BasicStroke(2.6f);

    private static final Map<String, String[]> CONTROL_NAMES = Map.of(
            ControlLayers.YJJBNT, new String[] {"永久基本农田", "Permanent basic farmland"},
            ControlLayers.STBHHX, new String[] {"生态保护红线", "Ecological red line"},
            ControlLayers.CZKFBJ, new String[] {"城镇开发边界", "Urban development boundary"});
    private static final Map<String, Object[]> TYPES = Map.of(
            "farmland", new Object[] {"农用地整理", "Farmland", new Color(0xFF7F00)},
            "construction", new Object[] {"建设用地整理", "Construction land", new Color(0xC2185B)},
            "ecology", new Object[] {"生态保护修复", "Ecology", new Color(0x00695C)},
            "landscape", new Object[] {"乡村风貌提升", "Rural landscape", new Color(0x6D4C41)},
            "industry", new Object[] {"产业导入", "Industry", new Color(0x1565C0)});
    private static final TexturePaint HATCH = hatch();

    private MapStyle() {
    }

    /** Fills (red line: green hatch) and outlines a control layer's path. */
    public static void drawControl(Graphics2D g, String layer, Shape path) {
        switch (layer) {
            case ControlLayers.STBHHX -> {
                g.setPaint(HATCH);
                g.fill(path);
                g.setStroke(CONTROL);
                g.setColor(REDLINE);
            }
            case ControlLayers.CZKFBJ -> {
                g.setStroke(DASHED);
                g.setColor(UDB);
            }
            default -> {
                g.setStroke(CONTROL);
                g.setColor(PBF);
            }
        }
        g.draw(path);
    }

    public static String controlName(String layer, MapFonts fonts) {
        String[] n = CONTROL_NAMES.get(layer);
        return n == null ? layer : fonts.label(n[0], n[1]);
    }

    /** The outline colour of a content type's change parcels; dark grey for a type not known here. */
    public static Color typeColor(String type) {
        Object[] t = TYPES.get(type);
        return t == null ? Color.DARK_GRAY : (Color) t[2];
    }

    public static String typeName(String type, MapFonts fonts) {
        Object[] t = TYPES.get(type);
        return t == null ? String.valueOf(type) : fonts.label((String) t[0], (String) t[1]);
    }

    private static TexturePaint hatch() {
        BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = tile.createGraphics();
        g.setColor(new Color(REDLINE.getRed(), REDLINE.getGreen(), REDLINE.getBlue(), 170));
        g.drawLine(0, 7, 7, 0);
        g.dispose();
        return new TexturePaint(tile, new Rectangle(0, 0, 8, 8));
    }
}
