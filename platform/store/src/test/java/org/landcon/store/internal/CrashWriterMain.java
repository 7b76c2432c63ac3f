package org.landcon.store.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Child process of {@link CrashRecoveryTest}: writes versions and audit entries in a loop and prints
 * {@code version <id>} / {@code audit <seq>} after each write returned (= was acknowledged).
 */
public final class CrashWriterMain {

    public static void main(String[] args) {
        Database db = new Database(Database.urlFor(Path.of(args[0])), Clock.systemUTC());
        H2PlanStore plans = new H2PlanStore(db);
        H2AuditLog audit = new H2AuditLog(db);
        long plan = plans.plans().isEmpty()
                ? plans.createPlan("640122101", "习岗镇", "640000", "640122", "writer").id()
                : plans.plans().get(0).id();
        System.out.println("ready");
        for (int i = 0; ; i++) {
            long version = plans.saveVersion(plan, Fixture.planJson(Map.of("PBF-CAP", "pass")), Map.of(), "writer", "n" + i).id();
            System.out.println("version " + version);
            long seq = audit.append("writer", "tick", "crash:" + i, "{\"i\":" + i + "}").seq();
            System.out.println("audit " + seq);
            System.out.flush();
        }
    }
}
