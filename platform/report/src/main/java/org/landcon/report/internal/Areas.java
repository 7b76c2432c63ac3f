package org.landcon.report.internal;

/** Area units of the tables: stored in m², shown in 公顷 (ha) with 亩 beside (1 ha = 15 亩). */
public final class Areas {

    public static final double M2_PER_HA = 10_000;
    public static final double MU_PER_HA = 15;

    private Areas() {
    }

    public static double ha(double m2) {
        return m2 / M2_PER_HA;
    }

    public static double mu(double m2) {
        return m2 / M2_PER_HA * MU_PER_HA;
    }

    /** {@code null} stays {@code null}: a figure the plan does not have is an empty cell, not 0. */
    public static Double ha(Double m2) {
        return m2 == null ? null : ha(m2.doubleValue());
    }

    public static Double mu(Double m2) {
        return m2 == null ? null : mu(m2.doubleValue());
    }
}
