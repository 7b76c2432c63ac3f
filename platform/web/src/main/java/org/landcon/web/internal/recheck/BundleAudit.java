package org.landcon.web.internal.recheck;

import org.landcon.store.AuditLog;
import org.landcon.web.internal.DeployFolder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every bundle installed, updated (hot swap) or uninstalled while the platform runs into the
 * hash-chained audit log (全过程留痕): which bundle, which version, from where. A bundle changed
 * through deploy/ is recorded with the actor {@code deploy/} (whoever may write that folder).
 */
@Component(immediate = true)
public class BundleAudit implements SynchronousBundleListener {
    private static final Logger LOG = LoggerFactory.getLogger(BundleAudit.class);
    private final BundleContext context;
    private final AuditLog audit;

    @Activate
    public BundleAudit(BundleContext context, @Reference AuditLog audit) {
        this.context = context;
        this.audit = audit;
        context.addBundleListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        String action = switch (event.getType()) {
            case BundleEvent.INSTALLED -> "bundle.installed";
            case BundleEvent.UPDATED -> "bundle.updated";
            case BundleEvent.UNINSTALLED -> "bundle.uninstalled";
            default -> null;
        };
        if (action == null) {
            return;
        }
        Bundle b = event.getBundle();
        String location = b.getLocation();
        String actor = DeployFolder.holds(context, b) ? "deploy/" : "platform";
        String details = String.format("{\"bundle\":\"%s\",\"version\":\"%s\",\"location\":\"%s\"}", b.getSymbolicName(),
                b.getVersion(), location == null ? "" : location.replace("\\", "/").replace("\"", "'"));
        try {
            audit.append(actor, action, "bundle:" + b.getSymbolicName(), details);
        } catch (RuntimeException e) {
            LOG.warn("审计记录失败 could not audit {} of {}: {}", action, b.getSymbolicName(), e.getMessage());
        }
    }
}
