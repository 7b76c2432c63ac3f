package org.landcon.web.internal.plan;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.store.model.AuditEntry;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanVersion;
import org.landcon.store.model.RuleVersion;
import org.landcon.web.internal.Json;

/** Plans, versions and audit entries as the API shows them (times as ISO instants). */
public final class Views {

    private Views() {
    }

    public static Map<String, Object> plan(Plan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("unitCode", p.unitCode());
        m.put("name", p.name());
        m.put("region", p.region());
        m.put("county", p.county());
        m.put("state", p.state().code());
        m.put("stateZh", p.state().zh());
        m.put("created", p.created().toString());
        m.put("createdBy", p.createdBy());
        m.put("approvedVersionId", PlanSummary.approvedVersion(p));
        return m;
    }

    public static Map<String, Object> version(PlanVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", v.number());
        m.put("created", v.created().toString());
        m.put("author", v.author());
        m.put("note", v.note());
        m.put("sha256", v.sha256());
        m.put("violations", v.violations());
        m.put("sources", v.sources());
        m.put("rules", v.rules().stream().map(Views::rule).toList());
        return m;
    }

    static Map<String, Object> rule(RuleVersion r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("bundle", r.bundle());
        m.put("version", r.version());
        m.put("outcome", r.outcome());
        return m;
    }

    public static Map<String, Object> audit(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("time", e.time().toString());
        m.put("actor", e.actor());
        m.put("action", e.action());
        m.put("target", e.target());
        try {
            m.put("details", Json.MAPPER.readTree(e.details()));
        } catch (IOException notJson) {
            m.put("details", e.details());
        }
        return m;
    }

    public static Map<String, Object> step(org.landcon.store.model.StepRecord s) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("order", s.order());
        x.put("level", s.level());
        x.put("nameZh", s.nameZh());
        x.put("filing", s.filing());
        x.put("done", s.done() == null ? null : s.done().toString());
        x.put("doneBy", s.doneBy());
        x.put("reference", s.reference());
        return x;
    }

    public static List<Map<String, Object>> chain(List<org.landcon.store.model.StepRecord> steps) {
        return steps.stream().map(Views::step).toList();
    }

    public static Map<String, Object> consent(org.landcon.store.model.Consent k) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("villageCode", k.villageCode());
        c.put("villageName", k.villageName());
        c.put("body", k.body().name());
        c.put("bodyZh", k.body().zh());
        c.put("date", k.date().toString());
        c.put("documentRef", k.documentRef());
        c.put("ratio", k.ratio());
        c.put("recordedBy", k.recordedBy());
        return c;
    }

    public static Map<String, Object> acceptance(org.landcon.store.model.SubprojectAcceptance a) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("subproject", a.subproject());
        x.put("date", a.date().toString());
        x.put("measuredArea", a.measuredArea());
        x.put("reference", a.reference());
        x.put("acceptedBy", a.acceptedBy());
        return x;
    }

    public static List<Map<String, Object>> audit(List<AuditEntry> entries) {
        return entries.stream().map(Views::audit).toList();
    }
}
