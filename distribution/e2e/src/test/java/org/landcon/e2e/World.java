package org.landcon.e2e;

import java.util.HashSet;
import java.util.Set;

/**
 * What the tests share: the running platform, its users (created once through the admin-only
 * {@code POST /api/users}), a plan without violations and one with violations.
 */
final class World {
    static final String PASSWORD = "e2e-password-1";
    static final String COUNTY = "640122";
    static final String REGION = "640000";
    private static World instance;
    final Platform platform;
    final Client admin;
    final long cleanPlan;
    final long violatingPlan;
    /** The folder of the package without violations, after the parcels the platform named were dropped. */
    final java.nio.file.Path cleanPackage;
    private final Set<String> users = new HashSet<>();

    private World() throws Exception {
        platform = Platform.get();
        admin = Client.login(platform, "admin", "landcon-admin");
        user("compiler", COUNTY, "county-compiler", "");
        user("other-compiler", "640181", "county-compiler", "");
        user("farm-editor", COUNTY, "department-editor", "farmland");
        user("eco-editor", COUNTY, "department-editor", "ecology");
        user("county-gov", COUNTY, "county-government", "");
        user("region-nr", "", "region-approver", "region-nr");
        user("region-gov", "", "region-approver", "region-gov");
        long[] violating = new long[1];
        Packages.Uploaded clean = Packages.clean(login("compiler"), Packages.township(7), violating);
        cleanPlan = clean.id();
        cleanPackage = clean.dir();
        violatingPlan = violating[0];
    }

    static synchronized World get() throws Exception {
        if (instance == null) {
            instance = new World();
        }
        return instance;
    }

    /** Creates a user with one role unless it exists. */
    synchronized void user(String username, String county, String role, String scope) throws Exception {
        if (users.add(username)) {
            Client.Reply r = admin.post("/api/users", "{\"username\":\"" + username + "\",\"name\":\"" + username
                    + "\",\"password\":\"" + PASSWORD + "\",\"region\":\"" + REGION + "\",\"county\":\"" + county
                    + "\",\"roles\":[{\"role\":\"" + role + "\",\"scope\":\"" + scope + "\"}]}");
            if (r.status() != 201) {
                throw new IllegalStateException("creating " + username + ": " + r.text());
            }
        }
    }

    /** The village committee of a village, created on first use (user name village-CODE). */
    String villageCommittee(String village) throws Exception {
        String name = "village-" + village;
        user(name, COUNTY, "village-committee", village);
        return name;
    }

    Client login(String username) throws Exception {
        return Client.login(platform, username, PASSWORD);
    }
}
