package org.landcon.industry.internal;

import java.util.Locale;

/** How areas appear in messages, and the tolerance below which an area counts as none. */
final class Areas {
    /** 0.01 m²: differences below it are rounding, not land. */
    static final double TOLERANCE = 0.01;

    private Areas() {
    }

    /** {@code 1234.50 m²}. */
    static String m2(double area) {
        return String.format(Locale.ROOT, "%.2f m²", area);
    }

    /** {@code 0.8500}. */
    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.4f", r);
    }
}
