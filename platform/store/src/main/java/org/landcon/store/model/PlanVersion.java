package org.landcon.store.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One immutable version of a plan.
 *
 * @param id         the version's id, unique in the store
 * @param planId     the plan
 * @param number     1, 2, 3 … within the plan
 * @param created    when it was saved
 * @param author     who saved it
 * @param note       why (e.g. "re-check after PBF-CAP 1.0.4")
 * @param sha256     SHA-256 (hex) of its plan.json bytes
 * @param violations how many verdicts of its plan.json are violations
 * @param sources    source file name → SHA-256 (hex)
 * @param rules      the rules and their bundle versions recorded in its plan.json
 */
public record PlanVersion(long id, long planId, int number, Instant created, String author, String note,
        String sha256, int violations, Map<String, String> sources, List<RuleVersion> rules) {

    public PlanVersion {
        sources = Map.copyOf(sources);
        rules = List.copyOf(rules);
    }
}
