package org.landcon.api.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * 土地利用结构: area per land class code (DLBM) before and after the plan, in m². Deductions (田坎)
 * are under 1203. The sum of {@code before} equals the sum of {@code after}: consolidation moves
 * land between classes, it never makes or loses land.
 */
public record LandBalance(Map<String, Double> before, Map<String, Double> after) {

    public LandBalance {
        before = java.util.Collections.unmodifiableMap(new TreeMap<>(before));
        after = java.util.Collections.unmodifiableMap(new TreeMap<>(after));
    }

    /** Σ area before over the classes {@code group} accepts. */
    public double before(java.util.function.Predicate<String> group) {
        return sum(before, group);
    }

    /** Σ area after over the classes {@code group} accepts. */
    public double after(java.util.function.Predicate<String> group) {
        return sum(after, group);
    }

    private static double sum(Map<String, Double> m, java.util.function.Predicate<String> group) {
        return m.entrySet().stream().filter(e -> group.test(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
    }
}
