package org.landcon.store.model;

/** What a user may do. The {@link RoleGrant#scope()} narrows some roles. */
public enum Role {
    /** 县级方案编制人员: compiles the county's plans, confirms consent, submits. */
    COUNTY_COMPILER("county-compiler", "县级方案编制人员"),
    /** 部门编辑: edits one content type; scope = the content type id ({@code farmland} …). */
    DEPARTMENT_EDITOR("department-editor", "部门编辑"),
    /** 村民委员会: records its village's consent; scope = the village code. */
    VILLAGE_COMMITTEE("village-committee", "村民委员会"),
    /** 县级人民政府: approves at county level, starts implementation, accepts sub-projects. */
    COUNTY_GOVERNMENT("county-government", "县级人民政府"),
    /** 自治区审批: scope = the level, {@code region-nr} (自然资源厅) or {@code region-gov} (人民政府). */
    REGION_APPROVER("region-approver", "自治区审批人员"),
    /** 系统管理员: users, departments, bundles; no plan approvals. */
    ADMINISTRATOR("administrator", "系统管理员");

    private final String code;
    private final String zh;

    Role(String code, String zh) {
        this.code = code;
        this.zh = zh;
    }

    public String code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    public static Role ofCode(String code) {
        for (Role r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role: " + code);
    }
}
