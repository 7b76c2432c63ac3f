package org.landcon.web.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.store.internal.Database;
import org.landcon.store.internal.H2Users;
import org.landcon.store.model.Session;
import org.landcon.web.internal.FakeRequest;

import jakarta.servlet.http.Cookie;

/** The gate with the store's real users and sessions (H2 in a temporary folder). */
class GateTest {
    @TempDir
    Path dir;
    Database db;
    H2Users users;
    Gate gate;
    Session admin;

    @BeforeEach
    void open() {
        db = new Database(Database.urlFor(dir.resolve("landcon")), Clock.systemUTC());
        users = new H2Users(db, "admin", "landcon-admin", Duration.ofMinutes(5));
        gate = new Gate(users);
        admin = users.login("admin", "landcon-admin".toCharArray()).orElseThrow();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anonymousCallersAreRefusedWith401() {
        ApiException e = assertThrows(ApiException.class, () -> gate.admit(request("GET", null, null), false));
        assertEquals(401, e.status());
        assertEquals("请先登录 / please log in", e.getMessage());
        ApiException forged = assertThrows(ApiException.class, () -> gate.admit(request("GET", "forged-token", null), false));
        assertEquals(401, forged.status());
    }

    @Test
    void openRoutesLetAnonymousCallersThrough() {
        assertTrue(gate.admit(request("POST", null, null), true).anonymous());
    }

    @Test
    void readsNeedOnlyTheSession() {
        assertEquals("admin", gate.admit(request("GET", admin.token(), null), false).username());
    }

    @Test
    void writesNeedTheSessionsCsrfToken() {
        ApiException missing = assertThrows(ApiException.class, () -> gate.admit(request("POST", admin.token(), null), false));
        assertEquals(403, missing.status());
        assertEquals("缺少或错误的 CSRF 令牌（请求头 X-CSRF-Token）", missing.zh());
        Session other = users.login("admin", "landcon-admin".toCharArray()).orElseThrow();
        ApiException wrong = assertThrows(ApiException.class,
                () -> gate.admit(request("DELETE", admin.token(), other.csrfToken()), false));
        assertEquals(403, wrong.status());
        assertEquals("admin", gate.admit(request("PUT", admin.token(), admin.csrfToken()), false).username());
    }

    @Test
    void aLoggedOutSessionIsGone() {
        users.logout(admin.token());
        assertEquals(401, assertThrows(ApiException.class, () -> gate.admit(request("GET", admin.token(), null), false)).status());
    }

    private static jakarta.servlet.http.HttpServletRequest request(String method, String token, String csrf) {
        Cookie[] cookies = token == null ? null : new Cookie[] { new Cookie(Gate.COOKIE, token) };
        return FakeRequest.of(method, csrf == null ? Map.of() : Map.of(Gate.CSRF_HEADER, csrf), cookies,
                new java.io.ByteArrayInputStream(new byte[0]));
    }
}
