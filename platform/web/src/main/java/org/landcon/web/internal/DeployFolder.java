package org.landcon.web.internal;

import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The {@code deploy/} folder FileInstall watches ({@code felix.fileinstall.dir}), and what came from it. */
public final class DeployFolder {

    private DeployFolder() {
    }

    /** The folder, absolute. */
    public static Path of(BundleContext context) {
        String dir = context.getProperty("felix.fileinstall.dir");
        return Path.of(dir == null ? "deploy" : dir).toAbsolutePath().normalize();
    }

    /** Whether {@code b} was installed from the folder (FileInstall's location is the jar's file URI). */
    public static boolean holds(BundleContext context, Bundle b) {
        String location = b.getLocation();
        return location != null && location.contains("/" + of(context).getFileName() + "/");
    }
}
