package org.landcon.web.internal.auth;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.landcon.store.Users;
import org.landcon.store.model.Department;
import org.landcon.store.model.Role;
import org.landcon.store.model.RoleGrant;
import org.landcon.store.model.User;
import org.landcon.web.internal.Json;
import org.landcon.web.internal.http.ApiException;
import org.landcon.web.internal.http.ApiServlet;
import org.landcon.web.internal.http.Call;
import org.landcon.web.internal.http.Gate;
import org.landcon.web.internal.http.Route;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.Servlet;

/**
 * {@code /api/users} and {@code /api/departments}, for administrators: list and create users
 * (roles with scopes, department, region, county) and departments.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ "/api/users", "/api/departments" })
public class UsersServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient Users users;

    @Activate
    public UsersServlet(@Reference Users users) {
        super(new Gate(users));
        this.users = users;
    }

    @Override
    protected List<Route> routes() {
        return List.of(Route.of("GET", "/api/users", this::list), Route.of("POST", "/api/users", this::create),
                Route.of("GET", "/api/departments", c -> Json.send(c.resp(), 200, users.departments())),
                Route.of("POST", "/api/departments", this::createDepartment));
    }

    private void list(Call call) throws Exception {
        requireAdministrator(call);
        Json.send(call.resp(), 200, users.users().stream().map(UserJson::of).toList());
    }

    private void create(Call call) throws Exception {
        requireAdministrator(call);
        JsonNode b = call.body();
        String username = b.path("username").asText("");
        if (!username.matches("[A-Za-z0-9._-]{2,64}")) {
            throw ApiException.badRequest("用户名须为 2–64 个字母、数字、点、下划线或连字符",
                    "the user name must be 2–64 letters, digits, dots, underscores or hyphens");
        }
        User user = new User(username, b.path("name").asText(username), b.path("department").asText(""),
                b.path("region").asText(""), b.path("county").asText(""), roles(b.path("roles")));
        User created = users.create(call.user().username(), user, b.path("password").asText("").toCharArray());
        Json.send(call.resp(), 201, UserJson.of(created));
    }

    private void createDepartment(Call call) throws Exception {
        requireAdministrator(call);
        JsonNode b = call.body();
        Department d = new Department(b.path("code").asText(""), b.path("nameZh").asText(""), b.path("contentType").asText(""));
        if (d.code().isBlank() || d.nameZh().isBlank()) {
            throw ApiException.badRequest("部门须有代码和名称", "a department needs a code and a name");
        }
        Json.send(call.resp(), 201, users.createDepartment(call.user().username(), d));
    }

    private static Set<RoleGrant> roles(JsonNode list) {
        Set<RoleGrant> roles = new HashSet<>();
        for (JsonNode r : list) {
            try {
                roles.add(new RoleGrant(Role.ofCode(r.path("role").asText()), r.path("scope").asText("")));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("未知角色：" + r.path("role").asText(), "unknown role: " + r.path("role").asText());
            }
        }
        if (roles.isEmpty()) {
            throw ApiException.badRequest("用户至少须有一个角色", "a user needs at least one role");
        }
        return roles;
    }

    public static void requireAdministrator(Call call) {
        if (!call.user().has(Role.ADMINISTRATOR, null)) {
            throw ApiException.forbidden("须为系统管理员", "requires administrator");
        }
    }
}
