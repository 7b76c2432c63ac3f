package org.landcon.web.internal.workflow;

import org.landcon.store.model.Plan;
import org.landcon.store.model.PlanState;
import org.landcon.store.model.Role;
import org.landcon.store.model.User;
import org.landcon.web.internal.http.ApiException;

/**
 * Who may do what to a plan, checked by the web layer before the store is asked (so that a wrong
 * role is a 403 even where the store would first refuse the state): the roles of articles 八 and 九
 * narrowed to the plan's county or region, and the content type of a department editor.
 */
public final class Permissions {

    private Permissions() {
    }

    public static boolean compiler(User u, Plan p) {
        return u.has(Role.COUNTY_COMPILER, null) && u.county().equals(p.county());
    }

    public static boolean countyGovernment(User u, Plan p) {
        return u.has(Role.COUNTY_GOVERNMENT, null) && u.county().equals(p.county());
    }

    public static boolean regionApprover(User u, Plan p, String level) {
        return u.has(Role.REGION_APPROVER, level) && u.region().equals(p.region());
    }

    /** The approver of an approval step: the county government at {@code county}, else the region's. */
    public static boolean approver(User u, Plan p, String level) {
        return "county".equals(level) ? countyGovernment(u, p) : regionApprover(u, p, level);
    }

    public static boolean villageCommittee(User u, String village) {
        return u.has(Role.VILLAGE_COMMITTEE, village);
    }

    /** A department editor of the parcel's content type, or the county compiler. */
    public static boolean parcelEditor(User u, Plan p, String contentType) {
        return compiler(u, p) || (contentType != null && u.has(Role.DEPARTMENT_EDITOR, contentType));
    }

    public static boolean editable(Plan p) {
        return p.state() == PlanState.DRAFT || p.state() == PlanState.CONSENTED;
    }

    /** Refuses with 403 naming what is required. */
    public static void require(boolean allowed, String zh, String en) {
        if (!allowed) {
            throw ApiException.forbidden("无权操作：须为" + zh, "not allowed: requires " + en);
        }
    }
}
