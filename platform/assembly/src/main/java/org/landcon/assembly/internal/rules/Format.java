package org.landcon.assembly.internal.rules;

import java.util.Locale;

/** Areas in messages: m² with 公顷 and 亩 beside, as officials read them. */
final class Format {
    private Format() {
    }

    static String m2(double m2) {
        return String.format(Locale.ROOT, "%.2f m²（%.4f 公顷，%.2f 亩）", m2, m2 / 10_000, m2 / 10_000 * 15);
    }

    static String wan(double yuan10k) {
        return String.format(Locale.ROOT, "%.2f 万元", yuan10k);
    }
}
