package org.landcon.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers inside text cells. */
public final class Numbers {

    private Numbers() {
    }

    /** At most 2 decimals, no trailing zeros: 300.0 → {@code 300}, 12.345 → {@code 12.35}. */
    public static String plain(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
