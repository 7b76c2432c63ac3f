package org.landcon.web.internal.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.landcon.api.model.RuleRef;
import org.landcon.store.model.PlanVersion;
import org.landcon.store.model.RuleVersion;

/**
 * Compares the rules a version was checked with to the rules running now: every rule whose bundle
 * version differs, that is new, or that is gone. Empty when the version is up to date.
 */
public final class StaleRules {

    private StaleRules() {
    }

    public static List<Map<String, Object>> of(PlanVersion v, List<RuleRef> running) {
        Map<String, String> checked = new LinkedHashMap<>();
        for (RuleVersion r : v.rules()) {
            checked.put(r.id(), r.bundle() + " " + r.version());
        }
        Map<String, String> now = new LinkedHashMap<>();
        for (RuleRef r : running) {
            now.put(r.id(), r.bundle() + " " + r.version());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(checked.keySet());
        ids.addAll(now.keySet());
        for (String id : ids) {
            if (!Objects.equals(checked.get(id), now.get(id))) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule", id);
                m.put("checked", checked.get(id));
                m.put("running", now.get(id));
                out.add(m);
            }
        }
        return out;
    }
}
