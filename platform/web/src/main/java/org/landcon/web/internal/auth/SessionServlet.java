package org.landcon.web.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.landcon.store.Users;
import org.landcon.store.model.Session;
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
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /api/session}: POST logs in ({@code {user, password}} → an HttpOnly, SameSite=Strict
 * session cookie and the CSRF token in the body), GET says who is logged in, DELETE logs out.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/session")
public class SessionServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient Users users;

    @Activate
    public SessionServlet(@Reference Users users) {
        super(new Gate(users));
        this.users = users;
    }

    @Override
    protected List<Route> routes() {
        return List.of(Route.open("POST", "/api/session", this::login), Route.of("GET", "/api/session", this::whoAmI),
                Route.of("DELETE", "/api/session", this::logout));
    }

    private void login(Call call) throws Exception {
        JsonNode body = call.body();
        String user = body.path("user").asText("");
        String password = body.path("password").asText("");
        if (user.isBlank() || password.isEmpty()) {
            throw ApiException.badRequest("请填写用户名和密码", "user and password are required");
        }
        Optional<Session> session = users.login(user, password.toCharArray());
        if (session.isEmpty()) {
            throw new ApiException(401, "用户名或密码错误", "wrong user name or password");
        }
        Session s = session.get();
        long maxAge = Math.max(0, Duration.between(Instant.now(), s.expires()).toSeconds());
        call.resp().addHeader("Set-Cookie", cookie(s.token(), maxAge, call.req().isSecure()));
        Json.send(call.resp(), 200, body(users.user(user).orElseThrow(), s));
    }

    private void whoAmI(Call call) throws Exception {
        Json.send(call.resp(), 200, body(call.user(), call.caller().session()));
    }

    private void logout(Call call) throws Exception {
        users.logout(call.caller().session().token());
        call.resp().addHeader("Set-Cookie", cookie("", 0, call.req().isSecure()));
        call.resp().setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static Map<String, Object> body(org.landcon.store.model.User user, Session s) {
        Map<String, Object> m = new LinkedHashMap<>(UserJson.of(user));
        m.put("csrfToken", s.csrfToken());
        m.put("expires", s.expires().toString());
        return m;
    }

    /** The session cookie: not readable by scripts, never sent by other sites' requests. */
    static String cookie(String token, long maxAgeSeconds, boolean secure) {
        return Gate.COOKIE + "=" + token + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }
}
