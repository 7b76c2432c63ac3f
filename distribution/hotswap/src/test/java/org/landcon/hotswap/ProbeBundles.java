package org.landcon.hotswap;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.landcon.api.rule.PlanRule;
import org.landcon.hotswap.probe.ProbeRule;
import org.osgi.framework.BundleContext;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;

/**
 * Builds the probe rule bundle ({@link ProbeRule}, package {@code org.landcon.hotswap.probe}) from
 * the compiled test classes with bnd's Builder, in the version asked: the same code, a different
 * Bundle-Version, hence a different verdict. Nothing built is committed.
 */
final class ProbeBundles {
    static final String BSN = "org.landcon.hotswap.probe";

    private ProbeBundles() {
    }

    static Path build(String version, Path out) throws Exception {
        try (Builder b = new Builder()) {
            b.setProperty("Bundle-SymbolicName", BSN);
            b.setProperty("Bundle-Version", version);
            b.setProperty("Bundle-Name", "Landcon hot swap probe " + version);
            b.setProperty("-privatepackage", ProbeRule.class.getPackageName());
            b.setProperty("-dsannotations", "*");
            b.setProperty("-noextraheaders", "true");
            b.addClasspath(location(ProbeRule.class));
            b.addClasspath(location(PlanRule.class));
            b.addClasspath(location(BundleContext.class));
            try (Jar jar = b.build()) {
                if (!b.getErrors().isEmpty()) {
                    throw new IllegalStateException("probe bundle " + version + ": " + b.getErrors());
                }
                jar.write(out.toFile());
            }
        }
        return out;
    }

    /** The jar or classes folder that {@code type} was loaded from. */
    private static File location(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
