package org.landcon.assembly.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.landcon.api.content.ContentModule;
import org.landcon.api.region.RegionalPolicy;
import org.landcon.api.rule.PlanRule;

/**
 * The modules, rules and policies deployed at one instant. An assembly takes one snapshot when it
 * starts and uses only it, so a bundle swapped meanwhile does not change a plan half-way.
 */
record Snapshot(Map<String, Registered<ContentModule>> modules, List<RuleEntry> rules,
        Map<String, Registered<RegionalPolicy>> policies) {

    /** A rule with the regions it is registered for (empty = every region). */
    record RuleEntry(Registered<PlanRule> rule, List<String> regions) {
        boolean appliesTo(String region) {
            return regions.isEmpty() || regions.contains("*") || regions.contains(region);
        }
    }

    Optional<RegionalPolicy> policy(String region) {
        return Optional.ofNullable(policies.get(region)).map(Registered::service);
    }

    List<RuleEntry> rulesFor(String region) {
        return rules.stream().filter(r -> r.appliesTo(region)).toList();
    }
}
