package org.landcon.web.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanState;
import org.landcon.store.model.Role;
import org.landcon.store.model.RoleGrant;
import org.landcon.store.model.StepRecord;
import org.landcon.store.model.User;

/** What each role is offered in each state: the approver of the pending step only, never another level. */
class AllowedActionsTest {
    static final List<StepRecord> COUNTY_DONE = List.of(
            new StepRecord(0, "county", "县级人民政府", false, Instant.EPOCH, "county-gov", "批复1"),
            new StepRecord(1, "region-nr", "自治区自然资源厅", false, null, null, null),
            new StepRecord(2, "ministry-filing", "自然资源部备案", true, null, null, null));

    static Plan plan(PlanState state) {
        return new Plan(1, "640122102", "河湾乡", "640000", "640122", state, Instant.EPOCH, "compiler", null);
    }

    static User user(Role role, String scope, String county) {
        return new User("u", "u", "", "640000", county, Set.of(new RoleGrant(role, scope)));
    }

    @Test
    void aDraftOffersConsentToItsVillagesAndConfirmationToTheCompiler() {
        assertEquals(List.of("confirm-consent", "edit"), AllowedActions.of(user(Role.COUNTY_COMPILER, "", "640122"),
                plan(PlanState.DRAFT), List.of(), Set.of("640122102201")));
        assertEquals(List.of(), AllowedActions.of(user(Role.COUNTY_COMPILER, "", "640181"), plan(PlanState.DRAFT), List.of(), Set.of()));
        assertEquals(List.of("consent"), AllowedActions.of(user(Role.VILLAGE_COMMITTEE, "640122102201", "640122"),
                plan(PlanState.DRAFT), List.of(), Set.of("640122102201")));
        assertEquals(List.of(), AllowedActions.of(user(Role.VILLAGE_COMMITTEE, "640122102299", "640122"),
                plan(PlanState.DRAFT), List.of(), Set.of("640122102201")));
    }

    @Test
    void onlyThePendingStepsApproverMayApprove() {
        assertEquals(List.of(), AllowedActions.of(user(Role.COUNTY_GOVERNMENT, "", "640122"), plan(PlanState.SUBMITTED), COUNTY_DONE, Set.of()));
        assertEquals(List.of("approve", "reject"), AllowedActions.of(user(Role.REGION_APPROVER, "region-nr", ""),
                plan(PlanState.SUBMITTED), COUNTY_DONE, Set.of()));
        assertEquals(List.of(), AllowedActions.of(user(Role.REGION_APPROVER, "region-gov", ""), plan(PlanState.SUBMITTED), COUNTY_DONE, Set.of()));
    }

    @Test
    void filingComesBeforeImplementation() {
        assertEquals(List.of("filing"), AllowedActions.of(user(Role.REGION_APPROVER, "region-nr", ""), plan(PlanState.APPROVED), COUNTY_DONE, Set.of()));
        assertEquals(List.of(), AllowedActions.of(user(Role.COUNTY_GOVERNMENT, "", "640122"), plan(PlanState.APPROVED), COUNTY_DONE, Set.of()));
    }

    @Test
    void departmentEditorsEditOnlyTheirContentType() {
        Plan p = plan(PlanState.DRAFT);
        User farm = user(Role.DEPARTMENT_EDITOR, "farmland", "640122");
        assertEquals(true, Permissions.parcelEditor(farm, p, "farmland"));
        assertEquals(false, Permissions.parcelEditor(farm, p, "ecology"));
        assertEquals(true, Permissions.parcelEditor(user(Role.COUNTY_COMPILER, "", "640122"), p, "ecology"));
        assertEquals(false, Permissions.parcelEditor(user(Role.COUNTY_COMPILER, "", "640181"), p, "ecology"));
    }
}
