package org.landcon.report.internal;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;

/**
 * The font for map labels: a CJK font when one is installed (fonts-noto-cjk, fonts-wqy-zenhei …),
 * else the logical SansSerif with English labels only, so that no label turns into boxes.
 */
public final class MapFonts {

    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei",
            "WenQuanYi Micro Hei", "Source Han Sans SC", "Microsoft YaHei", "SimHei", "PingFang SC");
    private static final String PROBE = "整治前后图例耕地林地";
    private static volatile MapFonts found;

    private final String family;
    private final boolean chinese;

    private MapFonts(String family, boolean chinese) {
        this.family = family;
        this.chinese = chinese;
    }

    /** The fonts of this machine, looked up once. */
    public static MapFonts get() {
        MapFonts f = found;
        if (f == null) {
            f = find();
            found = f;
        }
        return f;
    }

    private static MapFonts find() {
        List<String> families = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String name : PREFERRED) {
            if (families.contains(name) && new Font(name, Font.PLAIN, 12).canDisplayUpTo(PROBE) < 0) {
                return new MapFonts(name, true);
            }
        }
        for (String name : families) {
            if (new Font(name, Font.PLAIN, 12).canDisplayUpTo(PROBE) < 0) {
                return new MapFonts(name, true);
            }
        }
        return new MapFonts(Font.SANS_SERIF, false);
    }

    /** {@code true} when labels can be in Chinese. */
    public boolean chinese() {
        return chinese;
    }

    public Font font(int style, int size) {
        return new Font(family, style, size);
    }

    /** The Chinese label where it can be drawn, else the English one. */
    public String label(String zh, String en) {
        return chinese ? zh : en;
    }

    /** Chinese first with English beside, or English alone. */
    public String both(String zh, String en) {
        return chinese ? zh + " " + en : en;
    }
}
