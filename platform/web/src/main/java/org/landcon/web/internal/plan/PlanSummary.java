package org.landcon.web.internal.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ChangeParcel;
import org.landcon.api.service.ModuleRegistry;
import org.landcon.store.Workflow;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanVersion;
import org.landcon.store.model.StepRecord;
import org.landcon.store.model.User;
import org.landcon.web.internal.workflow.AllowedActions;

/**
 * One plan for its page: the plan, its latest version and whether the running rules differ from
 * the ones it was checked with, the villages touched and their consents, the approval chain with
 * who acted when, the sub-projects and their acceptance, and what the caller may do now.
 */
public final class PlanSummary {
    private final PlanLookup lookup;
    private final Workflow workflow;
    private final ModuleRegistry registry;
    private final PlanFiles files;

    public PlanSummary(PlanLookup lookup, Workflow workflow, ModuleRegistry registry, PlanFiles files) {
        this.files = files;
        this.lookup = lookup;
        this.workflow = workflow;
        this.registry = registry;
    }

    public Map<String, Object> of(Plan plan, User user) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", Views.plan(plan));
        PlanVersion latest = lookup.store().latestVersion(plan.id()).orElse(null);
        List<StepRecord> chain = workflow.chain(plan.id());
        m.put("latest", latest == null ? null : Views.version(latest));
        m.put("stale", latest == null ? List.of() : StaleRules.of(latest, registry.rules(plan.region())));
        m.put("crs", latest == null ? null : lookup.planJson(latest).path("unit").path("crs").asText(null));
        m.put("extent", latest == null ? List.of() : extent(plan.id(), latest.number()));
        Long approved = approvedVersion(plan);
        long partsOf = approved != null ? approved : latest == null ? -1 : latest.id();
        List<ChangeParcel> parcels = partsOf < 0 ? List.of() : lookup.store().parcels(partsOf);
        Map<String, String> villages = latest == null ? Map.of() : Villages.touched(lookup.store(), latest.id());
        m.put("villages", villages);
        m.put("consents", workflow.consents(plan.id()).stream().map(Views::consent).toList());
        m.put("chain", Views.chain(chain));
        m.put("subprojects", subprojects(parcels));
        m.put("acceptances", workflow.acceptances(plan.id()).stream().map(Views::acceptance).toList());
        m.put("actions", AllowedActions.of(user, plan, chain, villages.keySet()));
        return m;
    }

    private Object extent(long planId, int number) {
        try {
            return org.landcon.web.internal.Json.MAPPER.readTree(files.versionFile(planId, number, "extent.json").toFile());
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** The approved version's id, or null (the store may give 0 for none). */
    static Long approvedVersion(Plan plan) {
        Long id = plan.approvedVersionId();
        return id == null || id <= 0 ? null : id;
    }

    /** Sub-projects in the order of their first parcel: id, name, type, parcels, whether they create 耕地. */
    static List<Map<String, Object>> subprojects(List<ChangeParcel> parcels) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (ChangeParcel p : parcels) {
            Map<String, Object> sp = out.computeIfAbsent(p.subproject(), id -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", id);
                x.put("name", p.name());
                x.put("type", p.type());
                x.put("parcels", new ArrayList<String>());
                x.put("createsCultivated", false);
                return x;
            });
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) sp.get("parcels");
            ids.add(p.id());
            if (p.toDLBM() != null && p.toDLBM().startsWith("01") && !"quality-upgrade".equals(p.kind())) {
                sp.put("createsCultivated", true);
            }
        }
        return new ArrayList<>(out.values());
    }
}
