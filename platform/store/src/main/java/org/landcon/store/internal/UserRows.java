package org.landcon.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.landcon.store.StoreException;
import org.landcon.store.model.Role;
import org.landcon.store.model.RoleGrant;
import org.landcon.store.model.User;

/** Rows of {@code app_user} and {@code user_role}. */
final class UserRows {

    private UserRows() {
    }

    static void insert(Connection c, User u, String passwordHash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO app_user VALUES (?,?,?,?,?,?)")) {
            p.setString(1, u.username());
            p.setString(2, u.name());
            p.setString(3, u.department());
            p.setString(4, u.region());
            p.setString(5, u.county());
            p.setString(6, passwordHash);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO user_role VALUES (?,?,?)")) {
            for (RoleGrant g : u.roles()) {
                p.setString(1, u.username());
                p.setString(2, g.role().code());
                p.setString(3, g.scope());
                p.executeUpdate();
            }
        }
    }

    static Optional<User> find(Connection c, String username) throws SQLException {
        List<User> found = query(c, "WHERE username = ?", username);
        return found.stream().findFirst();
    }

    /** The user, or a refusal naming the unknown user name. */
    static User get(Connection c, String username) throws SQLException {
        return find(c, username).orElseThrow(() -> new StoreException("用户 " + username + " 不存在",
                "unknown user " + username));
    }

    static List<User> query(Connection c, String where, String param) throws SQLException {
        List<User> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT username, name, department, region, county FROM app_user "
                + where + " ORDER BY username")) {
            if (param != null) {
                p.setString(1, param);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new User(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            roles(c, r.getString(1))));
                }
            }
        }
        return out;
    }

    static String passwordHash(Connection c, String username) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT password_hash FROM app_user WHERE username = ?")) {
            p.setString(1, username);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    static void setPasswordHash(Connection c, String username, String hash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE app_user SET password_hash = ? WHERE username = ?")) {
            p.setString(1, hash);
            p.setString(2, username);
            p.executeUpdate();
        }
    }

    static boolean anyAdministrator(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM user_role WHERE role = ? LIMIT 1")) {
            p.setString(1, Role.ADMINISTRATOR.code());
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private static Set<RoleGrant> roles(Connection c, String username) throws SQLException {
        Set<RoleGrant> out = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT role, scope FROM user_role WHERE username = ?")) {
            p.setString(1, username);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new RoleGrant(Role.ofCode(r.getString(1)), r.getString(2)));
                }
            }
        }
        return out;
    }
}
