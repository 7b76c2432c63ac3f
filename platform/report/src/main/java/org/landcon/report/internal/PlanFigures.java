package org.landcon.report.internal;

import java.util.Map;

import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.Verdict;

/**
 * The figures of an assembled plan that T8 reports: from {@code totals} (plan.json: group → key →
 * value) first, else from a rule's verdict figures. {@code null} when the plan does not have it.
 */
public final class PlanFigures {

    private final AssembledPlan plan;

    public PlanFigures(AssembledPlan plan) {
        this.plan = plan;
    }

    /** {@code totals[group][key]}, or {@code null}. */
    public Double total(String group, String key) {
        Map<String, Double> g = plan.totals().get(group);
        return g == null ? null : g.get(key);
    }

    /** The first of {@code keys} that the verdict of {@code rule} has as a number, or {@code null}. */
    public Double figure(String rule, String... keys) {
        Verdict v = plan.verdict(rule);
        if (v == null) {
            return null;
        }
        for (String key : keys) {
            Object x = v.figures().get(key);
            if (x instanceof Number n) {
                return n.doubleValue();
            }
        }
        return null;
    }

    /** PBF after the plan: designated − 调出 + 调入, m²; {@code null} without a designated area. */
    public Double pbfAfter() {
        Double designated = total("pbf", "designated");
        return designated == null ? null : designated - nz(total("pbf", "out")) + nz(total("pbf", "in"));
    }

    private static double nz(Double v) {
        return v == null ? 0 : v;
    }

    /** E.g. {@code 通过 PBF-CAP}; {@code null} when the plan was not checked with the rule. */
    public String outcome(String rule) {
        Verdict v = plan.verdict(rule);
        return v == null ? null : v.outcome().zh() + " " + rule;
    }

    public static Double or(Double a, Double b) {
        return a != null ? a : b;
    }

    public static Double minus(Double a, Double b) {
        return a == null || b == null ? null : a - b;
    }
}
