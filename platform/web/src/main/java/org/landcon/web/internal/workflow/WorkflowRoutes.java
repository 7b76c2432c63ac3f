package org.landcon.web.internal.workflow;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.landcon.api.model.ApprovalStep;
import org.landcon.api.region.RegionalPolicy;
import org.landcon.store.Workflow;
import org.landcon.store.model.Consent;
import org.landcon.store.model.ConsentBody;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanVersion;
import org.landcon.store.model.StepRecord;
import org.landcon.web.internal.Json;
import org.landcon.web.internal.http.ApiException;
import org.landcon.web.internal.http.Call;
import org.landcon.web.internal.http.Route;
import org.landcon.web.internal.plan.PlanLookup;
import org.landcon.web.internal.plan.Villages;
import org.landcon.web.internal.plan.Views;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The plan's life cycle over HTTP (条八, 条九): consent, submission, approval along the regional
 * policy's chain, filing, implementation, sub-project and overall acceptance, maintenance. The web
 * layer checks the role (403) before the store checks state and role again (409 for a wrong state).
 */
public final class WorkflowRoutes {
    private static final String ID = "/api/plans/(\\d+)";
    private final PlanLookup lookup;
    private final Workflow workflow;
    private final Policies policies;

    public WorkflowRoutes(PlanLookup lookup, Workflow workflow, Policies policies) {
        this.lookup = lookup;
        this.workflow = workflow;
        this.policies = policies;
    }

    public List<Route> routes() {
        return List.of(Route.of("POST", ID + "/consents", this::consent),
                Route.of("POST", ID + "/consents/confirm", this::confirm),
                Route.of("POST", ID + "/submit", this::submit),
                Route.of("POST", ID + "/approve", this::approve),
                Route.of("POST", ID + "/reject", this::reject),
                Route.of("POST", ID + "/filing", this::filing),
                Route.of("POST", ID + "/start", this::start),
                Route.of("POST", ID + "/subprojects/(.+)/accept", this::acceptSubproject),
                Route.of("POST", ID + "/accept", this::acceptOverall),
                Route.of("POST", ID + "/maintenance", this::maintenance));
    }

    private void consent(Call c) throws IOException {
        Plan p = lookup.plan(c.id(0));
        JsonNode b = c.body();
        String village = b.path("villageCode").asText("");
        Permissions.require(Permissions.villageCommittee(c.user(), village), "本村（" + village + "）村民委员会",
                "the village-committee of village " + village);
        ConsentBody body;
        try {
            body = ConsentBody.valueOf(b.path("body").asText("VILLAGE_COMMITTEE"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("同意主体须为 VILLAGE_COMMITTEE 或 COLLECTIVE_ORGANISATION",
                    "body must be VILLAGE_COMMITTEE or COLLECTIVE_ORGANISATION");
        }
        Consent k = new Consent(village, b.path("villageName").asText(village), body, date(b, "date"),
                b.path("documentRef").asText(""), b.path("ratio").asDouble(-1), null);
        Json.send(c.resp(), 201, Views.consent(workflow.recordConsent(p.id(), c.user().username(), k)));
    }

    private void confirm(Call c) throws IOException {
        Plan p = lookup.plan(c.id(0));
        Permissions.require(Permissions.compiler(c.user(), p), "本县县级方案编制人员", "a county-compiler of the plan's county");
        PlanVersion v = lookup.latest(p.id());
        double threshold = policy(p).consentThreshold();
        workflow.confirmConsent(p.id(), c.user().username(), Villages.touched(lookup.store(), v.id()).keySet(), threshold);
        Json.send(c.resp(), 200, Map.of("state", workflow.state(p.id()).code()));
    }

    private void submit(Call c) throws IOException {
        Plan p = lookup.plan(c.id(0));
        Permissions.require(Permissions.compiler(c.user(), p), "本县县级方案编制人员", "a county-compiler of the plan's county");
        PlanVersion v = lookup.latest(p.id());
        JsonNode plan = lookup.planJson(v);
        List<JsonNode> violations = new ArrayList<>();
        plan.path("verdicts").forEach(x -> {
            if ("violation".equals(x.path("verdict").asText())) {
                violations.add(x);
            }
        });
        if (!violations.isEmpty()) {
            throw new ApiException(409, "最新版本 v" + v.number() + " 有 " + violations.size() + " 项违规，不能报批",
                    "the latest version v" + v.number() + " has " + violations.size() + " violation(s); it cannot be submitted")
                    .with("violations", violations);
        }
        workflow.submit(p.id(), c.user().username(), chain(p, plan));
        Json.send(c.resp(), 200, Map.of("state", workflow.state(p.id()).code(), "chain", Views.chain(workflow.chain(p.id()))));
    }

    /** The approval chain the regional policy gives, from the PROC-APPROVAL verdict's figures. */
    private List<ApprovalStep> chain(Plan p, JsonNode plan) {
        JsonNode figures = null;
        for (JsonNode v : plan.path("verdicts")) {
            if ("PROC-APPROVAL".equals(v.path("rule").asText())) {
                figures = v.path("figures");
            }
        }
        boolean quotaLeaves = figures != null && figures.path("quotaLeavesCounty").asBoolean(false);
        boolean pbfAdjusted = figures != null && figures.path("pbfAdjusted").asBoolean(false);
        return policy(p).approvalChain(quotaLeaves, pbfAdjusted);
    }

    private void approve(Call c) throws IOException {
        Plan p = lookup.plan(c.id(0));
        StepRecord step = pendingApproval(p);
        Permissions.require(Permissions.approver(c.user(), p, step.level()), "「" + step.nameZh() + "」（" + step.level()
                + "）的审批人员", "the approver of step " + step.level());
        JsonNode b = c.body();
        String level = b.path("level").asText(step.level());
        workflow.approve(p.id(), c.user().username(), level, b.path("reference").asText(""));
        Json.send(c.resp(), 200, Map.of("state", workflow.state(p.id()).code(), "chain", Views.chain(workflow.chain(p.id()))));
    }

    private void reject(Call c) throws IOException {
        Plan p = lookup.plan(c.id(0));
        StepRecord step = pendingApproval(p);
        Permissions.require(Permissions.approver(c.user(), p, step.level()), "「" + step.nameZh() + "」的审批人员",
                "the approver of step " + step.level());
        workflow.reject(p.id(), c.user().username(), c.body().path("reason").asText(""));
        Json.send(c.resp(), 200, Map.of("state", workflow.state(p.id()).code()));
    }

    private void filing(Call c) throws IOException {
        Plan p = lookup.plan(c.id(0));
        Permissions.require(Permissions.regionApprover(c.user(), p, "region-nr"), "自治区自然资源厅审批人员",
                "a region-approver at level region-nr");
        StepRecord step = AllowedActions.pending(workflow.chain(p.id()), true).orElseThrow(() -> new ApiException(409,
                "没有待办的备案环节", "no filing step is pending"));
        JsonNode b = c.body();
        workflow.recordFiling(p.id(), c.user().username(), b.path("level").asText(step.level()), b.path("reference").asText(""));
        Json.send(c.resp(), 200, Map.of("state", workflow.state(p.id()).code(), "chain", Views.chain(workflow.chain(p.id()))));
    }

    private void start(Call c) throws IOException {
        Plan p = lookup.plan(c.id(0));
        Permissions.require(Permissions.countyGovernment(c.user(), p), "本县县级人民政府", "the county-government of the plan's county");
        workflow.startImplementation(p.id(), c.user().username());
        Json.send(c.resp(), 200, Map.of("state", workflow.state(p.id()).code()));
    }

    private void acceptSubproject(Call c) throws IOException {
        Plan p = lookup.plan(c.id(0));
        Permissions.require(Permissions.countyGovernment(c.user(), p), "本县县级人民政府", "the county-government of the plan's county");
        JsonNode b = c.body();
        Double measured = b.hasNonNull("measuredArea") ? b.path("measuredArea").asDouble() : null;
        Json.send(c.resp(), 200, Views.acceptance(workflow.acceptSubproject(p.id(), c.user().username(), c.part(1),
                date(b, "date"), measured, b.path("reference").asText(""))));
    }

    private void acceptOverall(Call c) throws IOException {
        Plan p = lookup.plan(c.id(0));
        Permissions.require(Permissions.regionApprover(c.user(), p, "region-nr"), "自治区自然资源厅审批人员",
                "a region-approver at level region-nr");
        JsonNode b = c.body();
        workflow.acceptOverall(p.id(), c.user().username(), date(b, "date"), b.path("reference").asText(""));
        Json.send(c.resp(), 200, Map.of("state", workflow.state(p.id()).code()));
    }

    private void maintenance(Call c) throws IOException {
        Plan p = lookup.plan(c.id(0));
        Permissions.require(Permissions.countyGovernment(c.user(), p), "本县县级人民政府", "the county-government of the plan's county");
        JsonNode b = c.body();
        workflow.recordMaintenance(p.id(), c.user().username(), b.path("owner").asText(""), b.path("funds").asDouble(0),
                b.path("fundSource").asText(null));
        Json.send(c.resp(), 200, Map.of("state", workflow.state(p.id()).code()));
    }

    private StepRecord pendingApproval(Plan p) {
        return AllowedActions.pending(workflow.chain(p.id()), false).orElseThrow(() -> new ApiException(409,
                "方案 " + p.id() + " 没有待办的审批环节（状态「" + p.state().zh() + "」）",
                "plan " + p.id() + " has no pending approval step (state " + p.state().code() + ")"));
    }

    private RegionalPolicy policy(Plan p) {
        return policies.of(p.region()).orElseThrow(() -> new ApiException(409, "未部署区域 " + p.region()
                + " 的政策参数（审批链、同意比例），请先部署区域规则模块", "no regional policy is deployed for region " + p.region()
                + " (approval chain, consent threshold); deploy the region's bundle first"));
    }

    private static LocalDate date(JsonNode b, String field) {
        String text = b.path(field).asText("");
        if (text.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field + " 须为 yyyy-MM-dd 日期：" + text, field + " must be a yyyy-MM-dd date: " + text);
        }
    }
}
