package org.landcon.web.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.landcon.api.model.RuleRef;
import org.landcon.store.model.PlanVersion;
import org.landcon.store.model.RuleVersion;

class StaleRulesTest {
    static PlanVersion checkedWith(RuleVersion... rules) {
        return new PlanVersion(1, 1, 1, Instant.EPOCH, "compiler", null, "x", 0, Map.of(), List.of(rules));
    }

    static RuleRef running(String id, String version) {
        return new RuleRef(id, "", "", "", "org.landcon.farmland", version);
    }

    @Test
    void aVersionCheckedWithTheRunningRulesIsUpToDate() {
        assertEquals(List.of(), StaleRules.of(checkedWith(new RuleVersion("PBF-CAP", "org.landcon.farmland", "1.0.3", "pass")),
                List.of(running("PBF-CAP", "1.0.3"))));
    }

    @Test
    void aSwappedANewAndARemovedRuleAreEachNamed() {
        var stale = StaleRules.of(checkedWith(new RuleVersion("PBF-CAP", "org.landcon.farmland", "1.0.3", "pass"),
                new RuleVersion("FARM-QTY", "org.landcon.farmland", "1.0.3", "pass")),
                List.of(running("PBF-CAP", "1.0.4"), running("PBF-QTY", "1.0.4")));
        assertEquals(List.of(Map.of("rule", "FARM-QTY", "checked", "org.landcon.farmland 1.0.3"),
                Map.of("rule", "PBF-CAP", "checked", "org.landcon.farmland 1.0.3", "running", "org.landcon.farmland 1.0.4"),
                Map.of("rule", "PBF-QTY", "running", "org.landcon.farmland 1.0.4")),
                stale.stream().map(m -> { var x = new java.util.HashMap<>(m); x.values().removeIf(java.util.Objects::isNull); return x; }).toList());
    }
}
