package org.landcon.web.internal.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.api.service.ModuleRegistry;
import org.landcon.store.AuditLog;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanVersion;
import org.landcon.web.internal.Json;
import org.landcon.web.internal.http.ApiException;
import org.landcon.web.internal.http.Call;
import org.landcon.web.internal.http.Route;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The read side of {@code /api/plans}: the list, one plan, its versions, a version's plan.json, the
 * latest verdicts, the tables (JSON and .xlsx), the map (PNG) and the plan's audit trail.
 */
public final class PlanReadRoutes {
    static final String ID = "/api/plans/(\\d+)";
    private final PlanLookup lookup;
    private final PlanFiles files;
    private final AuditLog audit;
    private final ModuleRegistry registry;
    private final PlanSummary summary;

    public PlanReadRoutes(PlanLookup lookup, PlanFiles files, AuditLog audit, ModuleRegistry registry, PlanSummary summary) {
        this.lookup = lookup;
        this.files = files;
        this.audit = audit;
        this.registry = registry;
        this.summary = summary;
    }

    public List<Route> routes() {
        return List.of(Route.of("GET", "/api/plans", this::list),
                Route.of("GET", ID, c -> Json.send(c.resp(), 200, summary.of(lookup.plan(c.id(0)), c.user()))),
                Route.of("GET", ID + "/versions", this::versions),
                Route.of("GET", ID + "/versions/(\\d+)/plan\\.json", this::planJson),
                Route.of("GET", ID + "/verdicts", this::verdicts),
                Route.of("GET", ID + "/tables", c -> file(c, "tables.json", "application/json;charset=UTF-8", null)),
                Route.of("GET", ID + "/tables\\.xlsx", c -> file(c, "tables.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "tables.xlsx")),
                Route.of("GET", ID + "/map\\.png", c -> file(c, "map.png", "image/png", null)),
                Route.of("GET", ID + "/audit", c -> {
                    lookup.plan(c.id(0));
                    Json.send(c.resp(), 200, Views.audit(audit.entries("plan:" + c.id(0))));
                }));
    }

    private void list(Call call) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Plan p : lookup.store().plans()) {
            Map<String, Object> m = Views.plan(p);
            lookup.store().latestVersion(p.id()).ifPresent(v -> {
                m.put("latestVersion", v.number());
                m.put("violations", v.violations());
                m.put("stale", !StaleRules.of(v, registry.rules(p.region())).isEmpty());
            });
            out.add(m);
        }
        Json.send(call.resp(), 200, out);
    }

    private void versions(Call call) throws IOException {
        lookup.plan(call.id(0));
        Json.send(call.resp(), 200, lookup.store().versions(call.id(0)).stream().map(Views::version).toList());
    }

    private void planJson(Call call) throws IOException {
        PlanVersion v = lookup.version(call.id(0), call.id(1));
        call.resp().setContentType("application/json;charset=UTF-8");
        call.resp().setHeader("Content-Disposition", "inline; filename=\"plan.json\"");
        call.resp().getOutputStream().write(lookup.store().planJson(v.id()));
    }

    private void verdicts(Call call) throws IOException {
        PlanVersion v = lookup.latest(call.id(0));
        JsonNode plan = lookup.planJson(v);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", v.number());
        body.put("rules", plan.path("rules"));
        body.put("verdicts", plan.path("verdicts"));
        body.put("unhandled", plan.path("unhandled"));
        body.put("stale", StaleRules.of(v, registry.rules(plan.path("unit").path("region").asText())));
        Json.send(call.resp(), 200, body);
    }

    private void file(Call call, String name, String type, String download) throws IOException {
        PlanVersion v = lookup.requested(call.id(0), call.req().getParameter("version"));
        files.awaitRendered(call.id(0), v.number());
        Path f = files.versionFile(call.id(0), v.number(), name);
        if (!Files.isRegularFile(f)) {
            throw ApiException.notFound("版本 v" + v.number() + " 没有 " + name, "version v" + v.number() + " has no " + name);
        }
        call.resp().setContentType(type);
        call.resp().setHeader("Cache-Control", "private, max-age=60");
        if (download != null) {
            call.resp().setHeader("Content-Disposition", "attachment; filename=\"plan-" + call.id(0) + "-v" + v.number()
                    + "-" + download + "\"");
        }
        call.resp().setContentLengthLong(Files.size(f));
        Files.copy(f, call.resp().getOutputStream());
    }
}
