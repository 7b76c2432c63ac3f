package org.landcon.shell.internal;

import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.Callable;

import org.landcon.api.service.PlanAssembler;
import org.landcon.api.service.PlanPackageReader;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * When the platform is started with a command ({@code landcon.jar assemble …}), hands the bnd
 * launcher a {@code main.thread} Callable that runs it; the launcher exits with its result. The
 * launcher only registers its arguments once every bundle is started, so every content module and
 * rule deployed is there when the command runs.
 */
@Component(immediate = true, reference = @Reference(name = "launcher", service = Object.class,
        target = "(launcher.ready=true)"))
public class CommandLauncher {
    private final ServiceRegistration<?> registration;

    @Activate
    public CommandLauncher(BundleContext context, @Reference PlanPackageReader reader, @Reference PlanAssembler assembler) {
        List<String> args = LauncherArguments.of(context);
        if (!LauncherArguments.isCommand(args)) {
            registration = null;
            return;
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("main.thread", Boolean.TRUE);
        registration = context.registerService(Callable.class, new Command(new Cli(reader, assembler, System.out, System.err), args), props);
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework is stopping
            }
        }
    }

    /** A named class, not a lambda: the launcher checks by reflection that call() returns Integer. */
    static final class Command implements Callable<Integer> {
        private final Cli cli;
        private final List<String> args;

        Command(Cli cli, List<String> args) {
            this.cli = cli;
            this.args = args;
        }

        @Override
        public Integer call() {
            return cli.run(args);
        }
    }
}
