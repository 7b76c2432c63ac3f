package org.landcon.web.internal.recheck;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.landcon.api.content.ContentModule;
import org.landcon.api.region.RegionalPolicy;
import org.landcon.api.rule.PlanRule;
import org.landcon.web.internal.plan.WebConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the rules, content modules and regional policies deployed (its own whiteboard
 * references, not the assembly's internals) and, once they have been still for the debounce time
 * (50 ms by default; a bundle swap unregisters and registers its services within a few ms), re-checks
 * every draft plan with the rules that run now. The first re-check waits until the platform has
 * had {@link #STARTUP_GRACE_MS} to start every bundle.
 */
@Component(immediate = true, configurationPid = WebConfig.PID)
public class RuleWatcher {
    static final long STARTUP_GRACE_MS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(RuleWatcher.class);
    private final Recheck recheck;
    private final long debounceMillis;
    private final long startedAt = System.currentTimeMillis();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "landcon-recheck");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;

    @Activate
    public RuleWatcher(WebConfig config, @Reference Recheck recheck) {
        this.recheck = recheck;
        this.debounceMillis = config.recheck_debounce_ms();
        changed();
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindRule(PlanRule rule) {
        changed();
    }

    void unbindRule(PlanRule rule) {
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindModule(ContentModule module) {
        changed();
    }

    void unbindModule(ContentModule module) {
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindPolicy(RegionalPolicy policy) {
        changed();
    }

    void unbindPolicy(RegionalPolicy policy) {
        changed();
    }

    /** (Re)starts the quiet period; the re-check runs when nothing changed for the debounce time. */
    synchronized void changed() {
        if (scheduler.isShutdown()) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        long grace = startedAt + STARTUP_GRACE_MS - System.currentTimeMillis();
        pending = scheduler.schedule(this::run, Math.max(debounceMillis, grace), TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            recheck.all();
        } catch (RuntimeException e) {
            LOG.error("复核失败 re-check failed", e);
        }
    }
}
