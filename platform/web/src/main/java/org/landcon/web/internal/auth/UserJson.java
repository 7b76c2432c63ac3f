package org.landcon.web.internal.auth;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.landcon.store.model.RoleGrant;
import org.landcon.store.model.User;

/** A user as the API shows it: no password, roles with their scope and Chinese name. */
public final class UserJson {

    private UserJson() {
    }

    public static Map<String, Object> of(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("name", u.name());
        m.put("department", u.department());
        m.put("region", u.region());
        m.put("county", u.county());
        List<Map<String, String>> roles = u.roles().stream()
                .sorted(Comparator.comparing((RoleGrant g) -> g.role().code()).thenComparing(RoleGrant::scope))
                .map(g -> Map.of("role", g.role().code(), "scope", g.scope(), "zh", g.role().zh())).toList();
        m.put("roles", roles);
        return m;
    }
}
