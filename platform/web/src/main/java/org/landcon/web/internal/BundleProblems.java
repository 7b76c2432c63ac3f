package org.landcon.web.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers why a bundle failed (e.g. a jar dropped into deploy/ that does not resolve), logs it,
 * and forgets it when the bundle resolves, is updated or is uninstalled.
 */
@Component(service = BundleProblems.class, immediate = true)
public class BundleProblems implements FrameworkListener, BundleListener {
    private static final Logger LOG = LoggerFactory.getLogger(BundleProblems.class);
    private final Map<Long, String> problems = new ConcurrentHashMap<>();
    private final BundleContext context;

    @Activate
    public BundleProblems(BundleContext context) {
        this.context = context;
        context.addFrameworkListener(this);
        context.addBundleListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(this);
        context.removeBundleListener(this);
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR && event.getBundle() != null && event.getBundle().getBundleId() != 0) {
            Throwable t = event.getThrowable();
            String reason = t == null ? "error" : t.getMessage();
            problems.put(event.getBundle().getBundleId(), reason);
            LOG.error("模块出错 bundle {} {} failed: {}", event.getBundle().getSymbolicName(), event.getBundle().getVersion(), reason);
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        switch (event.getType()) {
            case BundleEvent.RESOLVED, BundleEvent.UNINSTALLED, BundleEvent.UPDATED, BundleEvent.STARTED ->
                problems.remove(event.getBundle().getBundleId());
            default -> {
            }
        }
    }

    /** Why the bundle failed, or null. A bundle still INSTALLED is asked what it lacks. */
    public String problem(Bundle b) {
        String p = problems.get(b.getBundleId());
        if (p == null && b.getState() == Bundle.INSTALLED) {
            return "未解析，缺少依赖 not resolved, missing: " + String.join("; ", unsatisfied(b));
        }
        return p;
    }

    /** The bundle's mandatory requirements that nothing installed provides. */
    java.util.List<String> unsatisfied(Bundle b) {
        org.osgi.framework.wiring.BundleRevision revision = b.adapt(org.osgi.framework.wiring.BundleRevision.class);
        org.osgi.framework.wiring.FrameworkWiring wiring = context.getBundle(0).adapt(org.osgi.framework.wiring.FrameworkWiring.class);
        java.util.List<String> out = new java.util.ArrayList<>();
        if (revision == null || wiring == null) {
            return out;
        }
        for (org.osgi.resource.Requirement r : revision.getRequirements(null)) {
            boolean optional = "optional".equals(r.getDirectives().get("resolution"));
            if (!optional && !r.getNamespace().startsWith("osgi.ee") && wiring.findProviders(r).isEmpty()) {
                out.add(r.getNamespace() + " " + r.getDirectives().getOrDefault("filter", ""));
            }
        }
        return out;
    }
}
