package org.landcon.web.internal.recheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.landcon.api.service.InvalidPackageException;
import org.landcon.api.service.ModuleRegistry;
import org.landcon.store.AuditLog;
import org.landcon.store.PlanStore;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanVersion;
import org.landcon.web.internal.Json;
import org.landcon.web.internal.plan.PackageSource;
import org.landcon.web.internal.plan.PlanKeeper;
import org.landcon.web.internal.plan.ProblemJson;
import org.landcon.web.internal.plan.StaleRules;
import org.landcon.web.internal.workflow.Permissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Re-checks the plans that may still change (draft, consented) whose latest version was checked
 * with other rules than those running now: their kept package with the latest version's change
 * parcels (edits included) is assembled again into a new version, and the audit log records the
 * re-check with the rule versions before and after. Approved plans are left as they are.
 */
@Component(service = Recheck.class)
public class Recheck {
    static final String ACTOR = "system";
    private static final Logger LOG = LoggerFactory.getLogger(Recheck.class);
    private final PlanKeeper keeper;
    private final PlanStore store;
    private final AuditLog audit;
    private final ModuleRegistry registry;

    @Activate
    public Recheck(@Reference PlanKeeper keeper, @Reference PlanStore store, @Reference AuditLog audit,
            @Reference ModuleRegistry registry) {
        this.keeper = keeper;
        this.store = store;
        this.audit = audit;
        this.registry = registry;
    }

    /** Re-checks every plan that needs it; returns how many new versions were made. */
    public int all() {
        // plans are independent (each takes its own lock): re-check them side by side
        return (int) store.plans().parallelStream().filter(p -> Permissions.editable(p) && one(p)).count();
    }

    /** Re-checks one plan if its latest version is stale. */
    boolean one(Plan plan) {
        ReentrantLock lock = keeper.lock(plan.id());
        lock.lock();
        try {
            PlanVersion v = store.latestVersion(plan.id()).orElse(null);
            List<Map<String, Object>> changes = v == null ? List.of() : StaleRules.of(v, registry.rules(plan.region()));
            if (changes.isEmpty()) {
                return false;
            }
            boolean edited = v.sources().containsKey(PackageSource.EDITS);
            try {
                PlanVersion next = keeper.reassemble(plan.id(), store.parcels(v.id()), edited, ACTOR,
                        "规则变化后复核 re-check after rule change");
                record(plan, "plan.recheck", details(v, next, changes, null));
                LOG.info("方案 {} 已复核 plan {} re-checked: v{} → v{}, {}", plan.id(), plan.id(), v.number(), next.number(), changes);
                return true;
            } catch (InvalidPackageException e) {
                record(plan, "plan.recheck-failed", details(v, null, changes, ProblemJson.of(e.problems())));
                LOG.warn("方案 {} 复核失败 plan {} re-check failed: {}", plan.id(), plan.id(), e.getMessage());
                return false;
            }
        } finally {
            lock.unlock();
        }
    }

    private static Map<String, Object> details(PlanVersion from, PlanVersion to, List<Map<String, Object>> changes,
            Object problems) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("from", from.number());
        if (to != null) {
            d.put("to", to.number());
            d.put("rules", to.rules().stream().map(r -> r.id() + " " + r.bundle() + " " + r.version()).toList());
        }
        d.put("changes", changes);
        if (problems != null) {
            d.put("problems", problems);
        }
        return d;
    }

    private void record(Plan plan, String action, Map<String, Object> details) {
        try {
            audit.append(ACTOR, action, "plan:" + plan.id(), Json.MAPPER.writeValueAsString(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
