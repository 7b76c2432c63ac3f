package org.landcon.store.internal;

import java.util.function.Predicate;

import org.landcon.store.StoreException;
import org.landcon.store.model.Plan;
import org.landcon.store.model.Role;
import org.landcon.store.model.User;

/** Who may take an action on a plan: a role, narrowed to the plan's county or region, or a scope. */
record Requirement(String zh, String en, Predicate<User> allows) {

    static Requirement countyCompiler(Plan plan) {
        return new Requirement("本县（" + plan.county() + "）县级方案编制人员", "county-compiler of county " + plan.county(),
                u -> u.has(Role.COUNTY_COMPILER, null) && u.county().equals(plan.county()));
    }

    static Requirement countyGovernment(Plan plan) {
        return new Requirement("本县（" + plan.county() + "）县级人民政府", "county-government of county " + plan.county(),
                u -> u.has(Role.COUNTY_GOVERNMENT, null) && u.county().equals(plan.county()));
    }

    static Requirement villageCommittee(String village) {
        return new Requirement("本村（" + village + "）村民委员会", "village-committee of village " + village,
                u -> u.has(Role.VILLAGE_COMMITTEE, village));
    }

    static Requirement regionApprover(Plan plan, String level) {
        return new Requirement("自治区（" + plan.region() + "）" + level + " 级审批人员",
                "region-approver at level " + level + " of region " + plan.region(),
                u -> u.has(Role.REGION_APPROVER, level) && u.region().equals(plan.region()));
    }

    /** Who acts at an approval step: the county government at {@code county}, else the region's approver. */
    static Requirement approverOf(Plan plan, String level) {
        return "county".equals(level) ? countyGovernment(plan) : regionApprover(plan, level);
    }

    /** Refuses {@code action} unless {@code user} meets this requirement. */
    void check(User user, Action action) {
        if (!allows.test(user)) {
            throw new StoreException("用户 " + user.username() + " 无权" + action.zh + "：须为" + zh,
                    "user " + user.username() + " may not " + action.en + ": requires " + en);
        }
    }
}
