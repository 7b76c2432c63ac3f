package org.landcon.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.landcon.store.StoreException;
import org.landcon.store.model.RuleVersion;

/**
 * What the store reads from a plan.json: the rules with their bundle versions and the verdicts'
 * outcomes (a violation blocks submission). The bytes themselves are kept exactly as given.
 */
record PlanJson(List<RuleVersion> rules, List<String> violations) {

    static PlanJson parse(byte[] json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw notAPlan("不是有效的 JSON：" + e.getMessage(), "not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.path("verdicts").isArray()) {
            throw notAPlan("缺少 verdicts 数组", "it has no verdicts array");
        }
        Map<String, RuleVersion> rules = new LinkedHashMap<>();
        for (JsonNode r : root.path("rules")) {
            String id = r.path("id").asText();
            rules.put(id, new RuleVersion(id, text(r, "bundle"), text(r, "version"), null));
        }
        List<String> violations = new ArrayList<>();
        for (JsonNode v : root.path("verdicts")) {
            String id = v.path("rule").asText();
            String outcome = text(v, "verdict");
            RuleVersion known = rules.get(id);
            rules.put(id, new RuleVersion(id, known == null ? null : known.bundle(),
                    known == null ? null : known.version(), outcome));
            if ("violation".equals(outcome)) {
                violations.add(id);
            }
        }
        return new PlanJson(List.copyOf(rules.values()), List.copyOf(violations));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static StoreException notAPlan(String zh, String en) {
        return new StoreException("plan.json 不是方案：" + zh, "plan.json is not a plan: " + en);
    }
}
