package org.landcon.store;

import java.util.List;
import java.util.Optional;

import org.landcon.store.model.Department;
import org.landcon.store.model.Session;
import org.landcon.store.model.User;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Users, their roles and departments, and login sessions. Passwords are kept as PBKDF2 (HMAC
 * SHA-256) hashes with a random salt and compared in constant time; session tokens are random
 * 256-bit values kept only as their SHA-256, each with its own CSRF token and an expiry.
 */
@ProviderType
public interface Users {

    /** Creates a user; {@code actor} must be an administrator. */
    User create(String actor, User user, char[] password);

    Optional<User> user(String username);

    List<User> users();

    /** Creates a department; {@code actor} must be an administrator. */
    Department createDepartment(String actor, Department department);

    List<Department> departments();

    /** Changes the user's own password after checking the old one. */
    void changePassword(String username, char[] oldPassword, char[] newPassword);

    /** A new session when the password is right, empty otherwise (the attempt is audited). */
    Optional<Session> login(String username, char[] password);

    /** The session of a token, while it has not expired or been ended. */
    Optional<Session> session(String token);

    /** {@code true} when {@code csrfToken} is the CSRF token of the live session {@code token}. */
    boolean checkCsrf(String token, String csrfToken);

    void logout(String token);
}
