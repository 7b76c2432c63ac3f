package org.landcon.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.landcon.store.StoreException;
import org.landcon.store.Users;
import org.landcon.store.model.Department;
import org.landcon.store.model.Role;
import org.landcon.store.model.Session;
import org.landcon.store.model.User;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Users, departments and sessions in the store's H2 database; the first administrator from configuration. */
@Component(service = Users.class, configurationPid = StoreConfig.PID)
public final class H2Users implements Users {
    static final int MIN_PASSWORD = 10;
    private final Database db;
    private final Audit audit;
    private final Duration sessionLifetime;

    @Activate
    public H2Users(@Reference Database db, StoreConfig config) {
        this(db, config.admin_user(), config.admin_password(), Duration.ofMinutes(config.session_minutes()));
    }

    /** For tests: creates {@code adminUser} with {@code adminPassword} when the store has no administrator. */
    public H2Users(Database db, String adminUser, String adminPassword, Duration sessionLifetime) {
        this.db = db;
        this.audit = new Audit(db);
        this.sessionLifetime = sessionLifetime;
        Bootstrap.firstAdministrator(db, audit, adminUser, adminPassword);
    }

    @Override
    public User create(String actor, User user, char[] password) {
        requirePassword(password);
        String hash = PasswordHash.hash(password);
        return db.write(c -> {
            requireAdministrator(c, actor, "创建用户", "create users");
            if (UserRows.find(c, user.username()).isPresent()) {
                throw new StoreException("用户 " + user.username() + " 已存在", "user " + user.username() + " already exists");
            }
            UserRows.insert(c, user, hash);
            audit.record(c, actor, "user.create", "user:" + user.username(), "roles", user.roles().stream()
                    .map(g -> g.role().code() + (g.scope().isEmpty() ? "" : ":" + g.scope())).sorted().toList());
            return UserRows.get(c, user.username());
        });
    }

    @Override
    public Optional<User> user(String username) {
        return db.read(c -> UserRows.find(c, username));
    }

    @Override
    public List<User> users() {
        return db.read(c -> UserRows.query(c, "", null));
    }

    @Override
    public Department createDepartment(String actor, Department d) {
        return db.write(c -> {
            requireAdministrator(c, actor, "创建部门", "create departments");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO department VALUES (?,?,?)")) {
                p.setString(1, d.code());
                p.setString(2, d.nameZh());
                p.setString(3, d.contentType());
                p.executeUpdate();
            }
            audit.record(c, actor, "department.create", "department:" + d.code(), "name", d.nameZh(),
                    "contentType", d.contentType());
            return d;
        });
    }

    @Override
    public List<Department> departments() {
        return db.read(c -> {
            List<Department> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT code, name_zh, content_type FROM department ORDER BY code");
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Department(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
            return out;
        });
    }

    @Override
    public void changePassword(String username, char[] oldPassword, char[] newPassword) {
        requirePassword(newPassword);
        String hash = PasswordHash.hash(newPassword);
        db.write(c -> {
            if (!PasswordHash.matches(oldPassword, UserRows.passwordHash(c, username))) {
                throw new StoreException("原密码不正确", "the old password is wrong");
            }
            UserRows.setPasswordHash(c, username, hash);
            audit.record(c, username, "user.password", "user:" + username);
            return null;
        });
    }

    @Override
    public Optional<Session> login(String username, char[] password) {
        return db.write(c -> {
            if (!PasswordHash.matches(password, UserRows.passwordHash(c, username))) {
                audit.record(c, username, "user.login-failed", "user:" + username);
                return Optional.<Session>empty();
            }
            Session s = new Session(Tokens.random256(), Tokens.random256(), username,
                    Instant.ofEpochMilli(db.clock().millis()).plus(sessionLifetime));
            try (PreparedStatement p = c.prepareStatement("INSERT INTO user_session VALUES (?,?,?,?)")) {
                p.setString(1, Tokens.stored(s.token()));
                p.setString(2, s.csrfToken());
                p.setString(3, username);
                p.setLong(4, s.expires().toEpochMilli());
                p.executeUpdate();
            }
            audit.record(c, username, "user.login", "user:" + username, "expires", s.expires().toString());
            return Optional.of(s);
        });
    }

    @Override
    public Optional<Session> session(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT csrf_token, username, expires_ms FROM user_session"
                    + " WHERE token_hash = ? AND expires_ms > ?")) {
                p.setString(1, Tokens.stored(token));
                p.setLong(2, db.clock().millis());
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new Session(token, r.getString(1), r.getString(2),
                            Instant.ofEpochMilli(r.getLong(3)))) : Optional.<Session>empty();
                }
            }
        });
    }

    @Override
    public boolean checkCsrf(String token, String csrfToken) {
        return csrfToken != null && session(token).map(s -> MessageDigest.isEqual(
                s.csrfToken().getBytes(StandardCharsets.US_ASCII), csrfToken.getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }

    @Override
    public void logout(String token) {
        Optional<Session> s = session(token);
        s.ifPresent(live -> db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM user_session WHERE token_hash = ?")) {
                p.setString(1, Tokens.stored(token));
                p.executeUpdate();
            }
            audit.record(c, live.username(), "user.logout", "user:" + live.username());
            return null;
        }));
    }

    private static void requireAdministrator(Connection c, String actor, String zh, String en) throws SQLException {
        if (!UserRows.get(c, actor).has(Role.ADMINISTRATOR, null)) {
            throw new StoreException("用户 " + actor + " 无权" + zh + "：须为系统管理员",
                    "user " + actor + " may not " + en + ": requires administrator");
        }
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new StoreException("密码至少 " + MIN_PASSWORD + " 个字符", "a password needs at least " + MIN_PASSWORD + " characters");
        }
    }
}
