package org.landcon.store.model;

/**
 * A role held by a user, with its scope: the content type of a department editor, the village code
 * of a village committee, the level of a region approver; empty for the other roles.
 */
public record RoleGrant(Role role, String scope) {

    public RoleGrant {
        scope = scope == null ? "" : scope;
    }

    public static RoleGrant of(Role role) {
        return new RoleGrant(role, "");
    }
}
