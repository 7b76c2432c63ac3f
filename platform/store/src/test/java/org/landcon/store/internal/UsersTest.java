package org.landcon.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landcon.store.StoreException;
import org.landcon.store.model.Role;
import org.landcon.store.model.RoleGrant;
import org.landcon.store.model.Session;
import org.landcon.store.model.User;

class UsersTest {
    @TempDir
    Path dir;

    @Test
    void theFirstAdministratorIsCreatedOnceFromConfiguration() {
        String url = Database.urlFor(dir.resolve("u"));
        try (Database db = new Database(url, Clock.systemUTC())) {
            H2Users users = new H2Users(db, "root", "first-password", Duration.ofMinutes(5));
            assertTrue(users.user("root").orElseThrow().has(Role.ADMINISTRATOR, null));
            assertTrue(users.login("root", "first-password".toCharArray()).isPresent());
        }
        try (Database db = new Database(url, Clock.systemUTC())) {
            H2Users users = new H2Users(db, "root", "changed-in-config", Duration.ofMinutes(5));
            assertEquals(1, users.users().size());
            assertTrue(users.login("root", "first-password".toCharArray()).isPresent(), "a restart changes no password");
        }
    }

    @Test
    void passwordsArePbkdf2WithRandomSaltAndCheckedExactly() {
        String a = PasswordHash.hash("landcon-admin".toCharArray());
        String b = PasswordHash.hash("landcon-admin".toCharArray());
        assertTrue(a.startsWith("pbkdf2-sha256$210000$"));
        assertNotEquals(a, b, "random salt");
        assertEquals(32, Base64.getDecoder().decode(a.split("\\$")[3]).length);
        assertTrue(PasswordHash.matches("landcon-admin".toCharArray(), a));
        assertFalse(PasswordHash.matches("landcon-admiN".toCharArray(), a));
        assertFalse(PasswordHash.matches("landcon-admin".toCharArray(), null));
    }

    @Test
    void sessionsCarryACsrfTokenAndEnd() {
        try (Fixture f = new Fixture(dir)) {
            f.user("county", "640000", "640122", Role.COUNTY_COMPILER, "");
            assertTrue(f.users.login("county", "wrong-password".toCharArray()).isEmpty());
            Session s = f.users.login("county", Fixture.PASSWORD).orElseThrow();
            assertEquals(43, s.token().length(), "256 bits, URL-safe Base64");
            assertEquals("county", f.users.session(s.token()).orElseThrow().username());
            assertTrue(f.users.checkCsrf(s.token(), s.csrfToken()));
            assertFalse(f.users.checkCsrf(s.token(), s.token()));
            int stored = f.db.read(c -> {
                try (var st = c.createStatement(); var r = st.executeQuery("SELECT COUNT(*) FROM user_session WHERE token_hash = '"
                        + Tokens.stored(s.token()) + "'")) {
                    r.next();
                    return r.getInt(1);
                }
            });
            assertEquals(1, stored, "only the token's hash is kept");
            f.users.logout(s.token());
            assertTrue(f.users.session(s.token()).isEmpty());
            assertEquals(java.util.List.of("user.create", "user.login-failed", "user.login", "user.logout"),
                    f.audit.entries("user:county").stream().map(e -> e.action()).toList());
        }
    }

    @Test
    void onlyAdministratorsCreateUsers() {
        try (Fixture f = new Fixture(dir)) {
            f.user("county", "640000", "640122", Role.COUNTY_COMPILER, "");
            User u = new User("x", "x", "", "640000", "", Set.of(RoleGrant.of(Role.ADMINISTRATOR)));
            StoreException e = assertThrows(StoreException.class, () -> f.users.create("county", u, Fixture.PASSWORD));
            assertEquals("用户 county 无权创建用户：须为系统管理员 / user county may not create users: requires administrator", e.getMessage());
            StoreException shortPw = assertThrows(StoreException.class, () -> f.users.create("admin", u, "short".toCharArray()));
            assertEquals("密码至少 10 个字符 / a password needs at least 10 characters", shortPw.getMessage());
        }
    }
}
