package org.landcon.shell.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The command-line arguments the bnd launcher was started with: it registers them as the service
 * property {@code launcher.arguments} once every bundle is started.
 */
final class LauncherArguments {
    static final String PROPERTY = "launcher.arguments";

    private LauncherArguments() {
    }

    static List<String> of(BundleContext context) {
        try {
            for (ServiceReference<?> ref : context.getServiceReferences((String) null, "(" + PROPERTY + "=*)")) {
                if (ref.getProperty(PROPERTY) instanceof String[] args) {
                    return List.of(args);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return List.of();
    }

    /** {@code true} when the launcher runs a command and exits rather than serving. */
    static boolean isCommand(List<String> args) {
        return !args.isEmpty() && Cli.COMMANDS.contains(args.get(0));
    }
}
