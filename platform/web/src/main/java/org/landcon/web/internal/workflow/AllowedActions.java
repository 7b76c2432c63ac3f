package org.landcon.web.internal.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.landcon.store.model.Plan;
import org.landcon.store.model.Role;
import org.landcon.store.model.StepRecord;
import org.landcon.store.model.User;

/** The workflow actions a user may take on a plan in its present state, for the UI to offer. */
public final class AllowedActions {

    private AllowedActions() {
    }

    public static List<String> of(User u, Plan p, List<StepRecord> chain, Collection<String> villages) {
        List<String> out = new ArrayList<>();
        switch (p.state()) {
            case DRAFT, CONSENTED -> {
                if (villages.stream().anyMatch(v -> Permissions.villageCommittee(u, v))) {
                    out.add("consent");
                }
                if (Permissions.compiler(u, p)) {
                    out.add(p.state() == org.landcon.store.model.PlanState.DRAFT ? "confirm-consent" : "submit");
                }
                if (Permissions.compiler(u, p) || u.has(Role.DEPARTMENT_EDITOR, null)) {
                    out.add("edit");
                }
            }
            case SUBMITTED -> pending(chain, false).filter(s -> Permissions.approver(u, p, s.level()))
                    .ifPresent(s -> out.addAll(List.of("approve", "reject")));
            case APPROVED -> {
                if (pending(chain, true).isPresent() && Permissions.regionApprover(u, p, "region-nr")) {
                    out.add("filing");
                }
                if (pending(chain, true).isEmpty() && Permissions.countyGovernment(u, p)) {
                    out.add("start");
                }
            }
            case IMPLEMENTING -> {
                if (Permissions.countyGovernment(u, p)) {
                    out.add("accept-subproject");
                }
                if (Permissions.regionApprover(u, p, "region-nr")) {
                    out.add("accept");
                }
            }
            case ACCEPTED -> {
                if (Permissions.countyGovernment(u, p)) {
                    out.add("maintenance");
                }
            }
            default -> {
            }
        }
        return out;
    }

    /** The next step not yet done, of approvals ({@code filing} false) or filings. */
    public static Optional<StepRecord> pending(List<StepRecord> chain, boolean filing) {
        return chain.stream().filter(s -> s.filing() == filing && s.done() == null).findFirst();
    }
}
