package org.landcon.web.internal.plan;

import java.nio.file.Files;
import java.nio.file.Path;

import org.landcon.store.PlanStore;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo township when the platform serves for the first time: the framework property
 * {@code landcon.demo} names a plan-package folder (the README's run command sets it to
 * {@code distribution/demo/ningxia-demo}); with an empty store it becomes the first plan. A
 * command run ({@code landcon.jar assemble …}) and a store that already has plans load nothing.
 */
@Component(immediate = true, reference = @Reference(name = "launcher", service = Object.class,
        target = "(launcher.ready=true)"))
public class DemoTownship {
    static final String PROPERTY = "landcon.demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoTownship.class);

    @Activate
    public DemoTownship(BundleContext context, @Reference PlanKeeper keeper, @Reference PlanStore store) {
        String dir = context.getProperty(PROPERTY);
        if (dir == null || dir.isBlank() || isCommand(context) || !store.plans().isEmpty()) {
            return;
        }
        Path folder = Path.of(dir);
        if (!Files.isDirectory(folder)) {
            LOG.info("未找到演示方案包 no demo package at {}", folder.toAbsolutePath());
            return;
        }
        Thread t = new Thread(() -> load(keeper, folder), "landcon-demo");
        t.setDaemon(true);
        t.start();
    }

    private static void load(PlanKeeper keeper, Path folder) {
        try {
            var v = keeper.intakeFolder(folder, "system");
            LOG.info("已载入演示乡镇 demo township loaded from {} as plan {} v{}", folder.toAbsolutePath(), v.planId(), v.number());
        } catch (Exception e) {
            LOG.error("演示乡镇载入失败 demo township not loaded from {}: {}", folder.toAbsolutePath(), e.getMessage());
        }
    }

    private static boolean isCommand(BundleContext context) {
        try {
            for (ServiceReference<?> ref : context.getServiceReferences((String) null, "(launcher.arguments=*)")) {
                if (ref.getProperty("launcher.arguments") instanceof String[] args && args.length > 0) {
                    return true;
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return false;
    }
}
