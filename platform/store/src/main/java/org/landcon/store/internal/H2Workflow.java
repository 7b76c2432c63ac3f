package org.landcon.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.landcon.api.model.ApprovalStep;
import org.landcon.store.StoreException;
import org.landcon.store.Workflow;
import org.landcon.store.model.Consent;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanState;
import org.landcon.store.model.PlanVersion;
import org.landcon.store.model.StepRecord;
import org.landcon.store.model.SubprojectAcceptance;
import org.landcon.store.model.User;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The plan's life cycle in the store's H2 database. Every action runs in one transaction: load the
 * plan, check the state, check the actor's role, change, append the audit entry.
 */
@Component(service = Workflow.class)
public final class H2Workflow implements Workflow {
    private final Database db;
    private final Audit audit;
    private final WorkflowChecks checks = new WorkflowChecks();

    @Activate
    public H2Workflow(@Reference Database db) {
        this.db = db;
        this.audit = new Audit(db);
    }

    /** The body of an action, run after the state and role checks. */
    @FunctionalInterface
    private interface Body<T> {
        T run(Connection c, Plan plan, User user) throws SQLException;
    }

    private <T> T act(long planId, String actor, Action action, Function<Plan, Requirement> who, Body<T> body) {
        return db.write(c -> {
            Plan plan = PlanRows.get(c, planId);
            action.requireState(plan);
            User user = UserRows.get(c, actor);
            if (who != null) {
                who.apply(plan).check(user, action);
            }
            return body.run(c, plan, user);
        });
    }

    @Override
    public PlanState state(long planId) {
        return db.read(c -> PlanRows.get(c, planId).state());
    }

    @Override
    public Consent recordConsent(long planId, String actor, Consent consent) {
        return act(planId, actor, Action.RECORD_CONSENT, p -> Requirement.villageCommittee(consent.villageCode()),
                (c, plan, user) -> {
                    checks.consentComplete(consent);
                    Consent recorded = new Consent(consent.villageCode(), consent.villageName(), consent.body(),
                            consent.date(), consent.documentRef(), consent.ratio(), actor);
                    ConsentRows.put(c, planId, recorded);
                    audit.record(c, actor, Action.RECORD_CONSENT.audit(), "plan:" + planId, "village",
                            consent.villageCode(), "body", consent.body().zh(), "date", consent.date().toString(),
                            "document", consent.documentRef(), "ratio", consent.ratio());
                    return recorded;
                });
    }

    @Override
    public List<Consent> consents(long planId) {
        return db.read(c -> ConsentRows.all(c, planId));
    }

    @Override
    public void confirmConsent(long planId, String actor, Collection<String> villagesTouched, double threshold) {
        act(planId, actor, Action.CONFIRM_CONSENT, Requirement::countyCompiler, (c, plan, user) -> {
            checks.everyVillageConsented(ConsentRows.all(c, planId), villagesTouched, threshold);
            PlanRows.setState(c, planId, PlanState.CONSENTED);
            audit.record(c, actor, Action.CONFIRM_CONSENT.audit(), "plan:" + planId, "villages",
                    List.copyOf(villagesTouched), "threshold", threshold);
            return null;
        });
    }

    @Override
    public void submit(long planId, String actor, List<ApprovalStep> chain) {
        act(planId, actor, Action.SUBMIT, Requirement::countyCompiler, (c, plan, user) -> {
            checks.chainUsable(chain);
            PlanVersion latest = VersionRows.query(c, "WHERE plan_id = ? ORDER BY number DESC LIMIT 1", planId)
                    .stream().findFirst().orElseThrow(() -> new StoreException("方案 " + planId + " 还没有任何版本，不能报批",
                            "plan " + planId + " has no version yet; it cannot be submitted"));
            checks.noViolation(latest);
            ChainRows.insert(c, planId, latest.id(), actor, db.clock().millis(), chain);
            PlanRows.setState(c, planId, PlanState.SUBMITTED);
            audit.record(c, actor, Action.SUBMIT.audit(), "plan:" + planId, "version", latest.number(), "chain",
                    chain.stream().map(ApprovalStep::level).toList());
            return null;
        });
    }

    @Override
    public List<StepRecord> chain(long planId) {
        return db.read(c -> {
            var submission = ChainRows.current(c, planId);
            return submission.isEmpty() ? List.<StepRecord>of() : ChainRows.steps(c, submission.get().id());
        });
    }

    @Override
    public void approve(long planId, String actor, String level, String reference) {
        act(planId, actor, Action.APPROVE, null, (c, plan, user) -> {
            var submission = ChainRows.current(c, planId).orElseThrow();
            List<StepRecord> steps = ChainRows.steps(c, submission.id());
            StepRecord step = checks.pendingStep(steps, false, level);
            Requirement.approverOf(plan, step.level()).check(user, Action.APPROVE);
            checks.reference(reference);
            ChainRows.done(c, submission.id(), step.order(), actor, db.clock().millis(), reference);
            boolean last = ChainRows.pending(ChainRows.steps(c, submission.id()), false).isEmpty();
            if (last) {
                ChainRows.outcome(c, submission.id(), "approved");
                PlanRows.freeze(c, planId, submission.versionId());
            }
            audit.record(c, actor, Action.APPROVE.audit(), "plan:" + planId, "level", step.level(), "reference",
                    reference, "approved", last);
            return null;
        });
    }

    @Override
    public void reject(long planId, String actor, String reason) {
        act(planId, actor, Action.REJECT, null, (c, plan, user) -> {
            var submission = ChainRows.current(c, planId).orElseThrow();
            StepRecord step = ChainRows.pending(ChainRows.steps(c, submission.id()), false).orElseThrow();
            Requirement.approverOf(plan, step.level()).check(user, Action.REJECT);
            checks.reference(reason);
            ChainRows.outcome(c, submission.id(), "rejected");
            PlanRows.setState(c, planId, PlanState.DRAFT);
            audit.record(c, actor, Action.REJECT.audit(), "plan:" + planId, "level", step.level(), "reason", reason);
            return null;
        });
    }

    @Override
    public void recordFiling(long planId, String actor, String level, String reference) {
        act(planId, actor, Action.RECORD_FILING, p -> Requirement.regionApprover(p, "region-nr"), (c, plan, user) -> {
            var submission = ChainRows.current(c, planId).orElseThrow();
            StepRecord step = checks.pendingStep(ChainRows.steps(c, submission.id()), true, level);
            checks.reference(reference);
            ChainRows.done(c, submission.id(), step.order(), actor, db.clock().millis(), reference);
            audit.record(c, actor, Action.RECORD_FILING.audit(), "plan:" + planId, "level", level, "reference", reference);
            return null;
        });
    }

    @Override
    public void startImplementation(long planId, String actor) {
        act(planId, actor, Action.START_IMPLEMENTATION, Requirement::countyGovernment, (c, plan, user) -> {
            var submission = ChainRows.current(c, planId).orElseThrow();
            checks.filingsDone(ChainRows.steps(c, submission.id()));
            PlanRows.setState(c, planId, PlanState.IMPLEMENTING);
            audit.record(c, actor, Action.START_IMPLEMENTATION.audit(), "plan:" + planId);
            return null;
        });
    }

    @Override
    public SubprojectAcceptance acceptSubproject(long planId, String actor, String subproject, LocalDate date,
            Double measuredArea, String reference) {
        return act(planId, actor, Action.ACCEPT_SUBPROJECT, Requirement::countyGovernment, (c, plan, user) -> {
            Map<String, Boolean> subprojects = AcceptanceRows.subprojects(c, plan.approvedVersionId());
            int number = VersionRows.get(c, plan.approvedVersionId()).number();
            checks.acceptable(subproject, number, subprojects, AcceptanceRows.all(c, planId), date, measuredArea, reference);
            SubprojectAcceptance a = new SubprojectAcceptance(subproject, date, measuredArea, reference, actor);
            AcceptanceRows.insert(c, planId, a);
            audit.record(c, actor, Action.ACCEPT_SUBPROJECT.audit(), "plan:" + planId, "subproject", subproject,
                    "date", date.toString(), "measuredArea", measuredArea, "reference", reference);
            return a;
        });
    }

    @Override
    public List<SubprojectAcceptance> acceptances(long planId) {
        return db.read(c -> AcceptanceRows.all(c, planId));
    }

    @Override
    public void acceptOverall(long planId, String actor, LocalDate date, String reference) {
        act(planId, actor, Action.ACCEPT_OVERALL, p -> Requirement.regionApprover(p, "region-nr"), (c, plan, user) -> {
            checks.everySubprojectAccepted(AcceptanceRows.subprojects(c, plan.approvedVersionId()).keySet(),
                    AcceptanceRows.all(c, planId));
            checks.dated(date, reference);
            AcceptanceRows.overall(c, planId, date, reference, actor);
            PlanRows.setState(c, planId, PlanState.ACCEPTED);
            audit.record(c, actor, Action.ACCEPT_OVERALL.audit(), "plan:" + planId, "date", date.toString(),
                    "reference", reference);
            return null;
        });
    }

    @Override
    public void recordMaintenance(long planId, String actor, String owner, double funds, String fundSource) {
        act(planId, actor, Action.RECORD_MAINTENANCE, Requirement::countyGovernment, (c, plan, user) -> {
            checks.maintenance(owner, funds);
            AcceptanceRows.maintenance(c, planId, owner, funds, fundSource, actor);
            PlanRows.setState(c, planId, PlanState.MAINTENANCE);
            audit.record(c, actor, Action.RECORD_MAINTENANCE.audit(), "plan:" + planId, "owner", owner, "funds",
                    funds, "source", fundSource);
            return null;
        });
    }
}
