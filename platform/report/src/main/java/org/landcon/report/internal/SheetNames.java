package org.landcon.report.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.landcon.api.model.Table;

/**
 * Sheet names as Excel accepts them: at most 31 characters, none of {@code [ ] : * ? / \}, no
 * leading or trailing apostrophe, unique within the workbook ignoring case.
 */
public final class SheetNames {

    static final int MAX = 31;
    private final Set<String> taken = new HashSet<>();

    /** "id title", e.g. {@code T1 整治前后土地利用结构调整表}, made valid and unique. */
    public String nameFor(Table table) {
        String raw = (nvl(table.id()) + " " + nvl(table.titleZh())).trim();
        String base = clean(raw.isEmpty() ? "Sheet" : raw);
        String name = cut(base, MAX);
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "~" + n;
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        return name;
    }

    private static String clean(String s) {
        String c = s.replaceAll("[\\[\\]:*?/\\\\]", "_").replaceAll("^'+|'+$", "").strip();
        return c.isEmpty() ? "Sheet" : c;
    }

    /** At most {@code max} chars, never splitting a surrogate pair (a CJK extension character). */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end).strip();
    }

    private static String nvl(String s) {
        return s == null ? "" : s;
    }
}
