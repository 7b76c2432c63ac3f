package org.landcon.farmland.internal;

import java.util.Locale;

/** Areas are stored in m² and shown in 公顷 with 亩 beside: 1 ha = 10 000 m² = 15 亩. */
final class AreaUnits {
    static final double M2_PER_HA = 10_000;
    static final double M2_PER_MU = M2_PER_HA / 15;

    private AreaUnits() {
    }

    static double ha(double m2) {
        return m2 / M2_PER_HA;
    }

    static double mu(double m2) {
        return m2 / M2_PER_MU;
    }

    /** "1.23 公顷（18.45 亩）". */
    static String zh(double m2) {
        return String.format(Locale.ROOT, "%.2f 公顷（%.2f 亩）", ha(m2), mu(m2));
    }

    /** "1.23 ha (18.45 mu)". */
    static String en(double m2) {
        return String.format(Locale.ROOT, "%.2f ha (%.2f mu)", ha(m2), mu(m2));
    }

    /** A ratio 0–1 as "4.50%". */
    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.2f%%", ratio * 100);
    }

    /** A mean grade as "7.25". */
    static String grade(double grade) {
        return String.format(Locale.ROOT, "%.2f", grade);
    }
}
