package org.landcon.api.model;

import java.util.List;
import java.util.Map;

/**
 * An assembled implementation plan (实施方案): what {@code plan.json} holds.
 *
 * @param unit       the unit
 * @param modules    the content modules it was assembled with (bundle and version)
 * @param rules      the rules it was checked with (bundle and version)
 * @param balance    area per DLBM before and after, m²
 * @param totals     group totals, m² (cultivated, construction, ecological, pbf, redline, quota …)
 * @param verdicts   one verdict per rule
 * @param unhandled  ids of change parcels whose content type has no module deployed
 * @param tables     the standard tables and the modules' ledgers
 * @param pieces     the overlay pieces behind the balance
 */
public record AssembledPlan(Unit unit, List<ModuleRef> modules, List<RuleRef> rules, LandBalance balance,
        Map<String, Map<String, Double>> totals, List<Verdict> verdicts, List<ChangeParcel> unhandled,
        List<Table> tables, List<OverlayPiece> pieces) {

    public AssembledPlan {
        modules = List.copyOf(modules);
        rules = List.copyOf(rules);
        totals = Map.copyOf(totals);
        verdicts = List.copyOf(verdicts);
        unhandled = List.copyOf(unhandled);
        tables = List.copyOf(tables);
        pieces = List.copyOf(pieces);
    }

    /** {@code true} when any verdict is a violation (the plan cannot be submitted). */
    public boolean hasViolation() {
        return verdicts.stream().anyMatch(v -> v.outcome() == Outcome.VIOLATION);
    }

    /** The verdict of one rule, or {@code null}. */
    public Verdict verdict(String rule) {
        return verdicts.stream().filter(v -> v.rule().equals(rule)).findFirst().orElse(null);
    }
}
