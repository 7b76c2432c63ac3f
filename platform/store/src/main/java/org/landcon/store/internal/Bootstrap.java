package org.landcon.store.internal;

import java.lang.System.Logger.Level;
import java.util.Set;

import org.landcon.store.model.Role;
import org.landcon.store.model.RoleGrant;
import org.landcon.store.model.User;

/** Creates the first administrator from configuration when the store has none. */
final class Bootstrap {
    static final String DEFAULT_PASSWORD = "landcon-admin";
    private static final System.Logger LOG = System.getLogger(Bootstrap.class.getName());

    private Bootstrap() {
    }

    /** Returns {@code true} when it created the administrator. */
    static boolean firstAdministrator(Database db, Audit audit, String username, String password) {
        boolean created = db.write(c -> {
            if (UserRows.anyAdministrator(c)) {
                return false;
            }
            User admin = new User(username, "系统管理员", "", "", "", Set.of(RoleGrant.of(Role.ADMINISTRATOR)));
            UserRows.insert(c, admin, PasswordHash.hash(password.toCharArray()));
            audit.record(c, "system", "user.create", "user:" + username, "roles", "administrator", "bootstrap", true);
            return true;
        });
        if (created && DEFAULT_PASSWORD.equals(password)) {
            LOG.log(Level.WARNING, "管理员 {0} 使用默认密码，请立即修改 / administrator {0} has the default password:"
                    + " change it now (config org.landcon.store, admin.password)", username);
        }
        return created;
    }
}
