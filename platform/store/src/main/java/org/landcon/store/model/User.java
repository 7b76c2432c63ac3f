package org.landcon.store.model;

import java.util.Set;

/**
 * A user of the platform.
 *
 * @param username   login name
 * @param name       display name
 * @param department department code, or empty
 * @param region     region code the user works for
 * @param county     county code the user works for, or empty for regional users
 * @param roles      roles with their scopes
 */
public record User(String username, String name, String department, String region, String county,
        Set<RoleGrant> roles) {

    public User {
        department = department == null ? "" : department;
        county = county == null ? "" : county;
        region = region == null ? "" : region;
        roles = Set.copyOf(roles);
    }

    /** {@code true} when the user holds {@code role} with {@code scope} (any scope when null). */
    public boolean has(Role role, String scope) {
        return roles.stream().anyMatch(g -> g.role() == role && (scope == null || g.scope().equals(scope)));
    }
}
