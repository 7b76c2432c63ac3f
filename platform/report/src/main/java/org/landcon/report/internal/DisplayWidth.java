package org.landcon.report.internal;

/** How wide text shows in a spreadsheet column, in character widths of the default font. */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    /** Characters counted, a CJK or full-width character as two. */
    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
            w += isWide(s.codePointAt(i)) ? 2 : 1;
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000;
    }
}
