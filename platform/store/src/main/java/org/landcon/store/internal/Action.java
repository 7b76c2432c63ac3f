package org.landcon.store.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.landcon.store.StoreException;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanState;

/** The workflow's actions, their names and the states in which each is allowed (条八, 条九). */
enum Action {
    RECORD_CONSENT("记录村民同意", "record consent", EnumSet.of(PlanState.DRAFT, PlanState.CONSENTED)),
    CONFIRM_CONSENT("确认村民同意", "confirm consent", EnumSet.of(PlanState.DRAFT)),
    SUBMIT("报批", "submit", EnumSet.of(PlanState.CONSENTED)),
    APPROVE("审批", "approve", EnumSet.of(PlanState.SUBMITTED)),
    REJECT("退回", "reject", EnumSet.of(PlanState.SUBMITTED)),
    RECORD_FILING("备案", "record filing", EnumSet.of(PlanState.APPROVED)),
    START_IMPLEMENTATION("开始实施", "start implementation", EnumSet.of(PlanState.APPROVED)),
    ACCEPT_SUBPROJECT("子项目验收", "accept sub-project", EnumSet.of(PlanState.IMPLEMENTING)),
    ACCEPT_OVERALL("整体验收", "accept overall", EnumSet.of(PlanState.IMPLEMENTING)),
    RECORD_MAINTENANCE("落实后期管护", "record maintenance", EnumSet.of(PlanState.ACCEPTED));

    final String zh;
    final String en;
    final Set<PlanState> allowedIn;

    Action(String zh, String en, Set<PlanState> allowedIn) {
        this.zh = zh;
        this.en = en;
        this.allowedIn = allowedIn;
    }

    /** The audit action name, e.g. {@code workflow.submit}. */
    String audit() {
        return "workflow." + name().toLowerCase().replace('_', '-');
    }

    /** Refuses the action unless the plan is in a state that allows it. */
    void requireState(Plan plan) {
        if (!allowedIn.contains(plan.state())) {
            throw new StoreException(
                    "方案 " + plan.id() + " 处于「" + plan.state().zh() + "」状态，不能" + zh + "；须处于"
                            + allowedIn.stream().map(s -> "「" + s.zh() + "」").collect(Collectors.joining("或")) + "状态",
                    "plan " + plan.id() + " is " + plan.state().code() + "; " + en + " requires "
                            + allowedIn.stream().map(PlanState::code).collect(Collectors.joining(" or ")));
        }
    }
}
