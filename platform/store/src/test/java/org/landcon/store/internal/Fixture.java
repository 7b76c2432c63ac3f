package org.landcon.store.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.landcon.store.model.Role;
import org.landcon.store.model.RoleGrant;
import org.landcon.store.model.User;

/** A store in a temporary directory, with the services built without OSGi, and test data. */
final class Fixture implements AutoCloseable {
    static final char[] PASSWORD = "correct-horse-battery".toCharArray();
    final Database db;
    final H2PlanStore plans;
    final H2AuditLog audit;
    final H2Workflow workflow;
    final H2Users users;

    Fixture(Path dir) {
        db = new Database(Database.urlFor(dir.resolve("landcon")), Clock.systemUTC());
        plans = new H2PlanStore(db);
        audit = new H2AuditLog(db);
        workflow = new H2Workflow(db);
        users = new H2Users(db, "admin", "landcon-admin", Duration.ofMinutes(30));
    }

    /** Creates a user with one role (scope may be empty). */
    void user(String username, String region, String county, Role role, String scope) {
        users.create("admin", new User(username, username, "", region, county, Set.of(new RoleGrant(role, scope))), PASSWORD);
    }

    /** A minimal plan.json with one verdict per rule id → outcome code. */
    static byte[] planJson(Map<String, String> verdicts) {
        StringBuilder rules = new StringBuilder();
        StringBuilder list = new StringBuilder();
        verdicts.forEach((rule, outcome) -> {
            rules.append(rules.length() == 0 ? "" : ",").append("{\"id\":\"").append(rule)
                    .append("\",\"bundle\":\"org.landcon.farmland\",\"version\":\"1.0.3\"}");
            list.append(list.length() == 0 ? "" : ",").append("{\"rule\":\"").append(rule).append("\",\"verdict\":\"")
                    .append(outcome).append("\",\"message\":\"\"}");
        });
        return ("{\"unit\":{\"code\":\"640122101\"},\"rules\":[" + rules + "],\"verdicts\":[" + list + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        db.close();
    }
}
