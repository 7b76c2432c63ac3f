package org.landcon.assembly.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.landcon.api.content.ContentModule;
import org.landcon.api.model.AssembledPlan;
import org.landcon.api.model.ChangeParcel;
import org.landcon.api.model.ModuleRef;
import org.landcon.api.model.PlanPackage;
import org.landcon.api.model.Problem;
import org.landcon.api.model.RuleRef;
import org.landcon.api.model.Table;
import org.landcon.api.model.Verdict;
import org.landcon.api.service.InvalidPackageException;
import org.landcon.spatial.plan.OverlaidPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles one plan from one snapshot of the deployed modules and rules:
 * <ol>
 * <li>parcels whose type has a module are handled, the others are listed as unhandled;</li>
 * <li>each module validates its parcels; any error makes the package unusable;</li>
 * <li>the overlay is computed once ({@link OverlaidPlan});</li>
 * <li>each module's ledger and each applicable rule run isolated: a failure becomes an error
 * verdict or an error table naming the bundle, never a failed assembly.</li>
 * </ol>
 */
public final class Assembler {
    private static final Logger LOG = LoggerFactory.getLogger(Assembler.class);
    private final Supplier<Snapshot> deployed;
    private final ExecutorService pool;
    private final RuleRunner runner;

    Assembler(Supplier<Snapshot> deployed, int threads, long ruleTimeoutMillis) {
        this.deployed = deployed;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "landcon-rule-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.runner = new RuleRunner(pool, ruleTimeoutMillis);
    }

    void close() {
        pool.shutdownNow();
    }

    AssembledPlan assemble(PlanPackage pkg) throws InvalidPackageException {
        long t0 = System.nanoTime();
        Snapshot snap = deployed.get();
        List<ChangeParcel> handled = new ArrayList<>();
        List<ChangeParcel> unhandled = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (ChangeParcel p : pkg.changeParcels()) {
            Registered<ContentModule> module = snap.modules().get(p.type());
            if (module == null) {
                unhandled.add(p);
            } else {
                handled.add(p);
                problems.addAll(validate(module, p));
            }
        }
        if (problems.stream().anyMatch(pr -> pr.severity() == Problem.Severity.ERROR)) {
            throw new InvalidPackageException(problems);
        }
        String region = pkg.unit().region();
        long t1 = System.nanoTime();
        OverlaidPlan plan = new OverlaidPlan(pkg, handled, snap.policy(region));
        long t2 = System.nanoTime();
        List<Snapshot.RuleEntry> rules = snap.rulesFor(region);
        RuleRunner.Running running = runner.start(rules, plan);
        // the ledgers are computed here while the rules run on the pool
        List<Table> tables = new ArrayList<>();
        for (Registered<ContentModule> m : snap.modules().values()) {
            tables.addAll(ledger(m, plan));
        }
        long t3 = System.nanoTime();
        List<Verdict> verdicts = running.verdicts();
        if (RuleRunner.TIMING) {
            LOG.info("stage times (ms): validate {}, overlay {}, ledgers {} (beside the rules), rules {}",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                    (System.nanoTime() - t2) / 1_000_000);
        }
        List<ModuleRef> modules = snap.modules().values().stream().map(WhiteboardRegistry::moduleRef).toList();
        List<RuleRef> ruleRefs = rules.stream().map(e -> WhiteboardRegistry.ruleRef(e.rule())).toList();
        LOG.info("方案已组装 plan {} assembled: {} parcels ({} unhandled), {} rules, {} ms", pkg.unit().code(),
                pkg.changeParcels().size(), unhandled.size(), rules.size(), (System.nanoTime() - t0) / 1_000_000);
        return new AssembledPlan(pkg.unit(), modules, ruleRefs, plan.balance(), PlanTotals.of(plan, verdicts), verdicts,
                unhandled, tables, plan.pieces());
    }

    private static List<Problem> validate(Registered<ContentModule> module, ChangeParcel p) {
        try {
            return module.service().validate(p);
        } catch (RuntimeException e) {
            return List.of(Problem.error("subprojects.geojson", p.id(), null,
                    "内容模块 " + module.bundle() + " 校验出错：" + e, "content module " + module.bundle()
                            + " failed to validate: " + e));
        }
    }

    private static List<Table> ledger(Registered<ContentModule> m, OverlaidPlan plan) {
        try {
            return m.service().ledger(plan);
        } catch (RuntimeException e) {
            LOG.error("ledger of {} ({} {}) failed", m.service().type(), m.bundle(), m.version(), e);
            return List.of();
        }
    }
}
