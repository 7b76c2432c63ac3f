package org.landcon.web.internal.http;

import java.util.Optional;
import java.util.Set;

import org.landcon.store.Users;
import org.landcon.store.model.Session;
import org.landcon.store.model.User;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Admits a request: finds the session from its cookie, refuses an anonymous caller (401) and a
 * state-changing request without the session's CSRF token in {@value #CSRF_HEADER} (403).
 */
public final class Gate {
    public static final String COOKIE = "LANDCON_SESSION";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Users users;

    public Gate(Users users) {
        this.users = users;
    }

    /** The caller of {@code req}; for an open route an anonymous caller is let through. */
    public Caller admit(HttpServletRequest req, boolean open) {
        String token = token(req);
        Optional<Session> session = users.session(token);
        Optional<User> user = session.flatMap(s -> users.user(s.username()));
        if (open) {
            return user.map(u -> new Caller(u, session.get())).orElse(Caller.ANONYMOUS);
        }
        if (user.isEmpty()) {
            throw new ApiException(401, "请先登录", "please log in");
        }
        if (!SAFE.contains(req.getMethod()) && !users.checkCsrf(token, req.getHeader(CSRF_HEADER))) {
            throw ApiException.forbidden("缺少或错误的 CSRF 令牌（请求头 " + CSRF_HEADER + "）",
                    "missing or wrong CSRF token (header " + CSRF_HEADER + ")");
        }
        return new Caller(user.get(), session.get());
    }

    /** The session token of the request's cookie, or null. */
    public static String token(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }
}
