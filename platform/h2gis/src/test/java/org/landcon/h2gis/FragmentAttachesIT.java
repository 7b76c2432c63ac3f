package org.landcon.h2gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Starts a real Felix with H2 2.x, JTS, Jackson and the packaged fragment, and checks what the
 * upstream jar cannot do: the fragment attaches to com.h2database and H2 runs H2GIS's SQL functions.
 */
class FragmentAttachesIT {

    @TempDir
    static Path storage;
    static Felix felix;
    static Bundle h2;
    static Bundle fragment;

    @BeforeAll
    static void start() throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // SLF4J 2 on the framework class path, as the distribution does (-runpath)
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.slf4j;version=2.0.16,org.slf4j.helpers;version=2.0.16,org.slf4j.spi;version=2.0.16");
        felix = new Felix(config);
        felix.start();
        var context = felix.getBundleContext();
        h2 = context.installBundle(jarUri("h2-"));
        context.installBundle(jarUri("jts-core-")).start();
        context.installBundle(jarUri("jackson-core-")).start();
        fragment = context.installBundle(Path.of(System.getProperty("fragment.jar")).toUri().toString());
        assertTrue(felix.adapt(FrameworkWiring.class).resolveBundles(null), "every bundle resolves");
        h2.start();
    }

    @AfterAll
    static void stop() throws Exception {
        felix.stop();
        felix.waitForStop(10_000);
    }

    @Test
    void fragmentIsAttachedToH2() {
        assertEquals("com.h2database", fragment.getHeaders().get(Constants.FRAGMENT_HOST));
        assertEquals(Bundle.RESOLVED, fragment.getState());
        BundleWiring hostWiring = h2.adapt(BundleWiring.class);
        var attached = hostWiring.getProvidedWires(BundleRevision.HOST_NAMESPACE);
        assertEquals(1, attached.size(), "one fragment attached to H2");
        assertEquals("org.landcon.h2gis", attached.get(0).getRequirer().getSymbolicName());
    }

    @Test
    void h2RunsH2gisFunctionsFromTheFragment() throws Exception {
        Driver driver = (Driver) h2.loadClass("org.h2.Driver").getConstructor().newInstance();
        // H2 falls back to the context class loader, and the test class path has the upstream jars:
        // take that way away so that only the fragment can supply the classes
        Thread.currentThread().setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try (Connection c = driver.connect("jdbc:h2:mem:attach", new Properties()); Statement s = c.createStatement()) {
            s.execute("CREATE ALIAS IF NOT EXISTS H2GIS_SPATIAL FOR \"org.h2gis.functions.factory.H2GISFunctions.load\"");
            s.execute("CALL H2GIS_SPATIAL()");
            try (ResultSet r = s.executeQuery(
                    "SELECT ST_Area(ST_GeomFromText('POLYGON((0 0, 40 0, 40 25, 0 25, 0 0))', 4523)),"
                            + " ST_SRID(ST_Transform(ST_GeomFromText('POINT(106.2 38.5)', 4490), 4523))")) {
                r.next();
                assertEquals(1000.0, r.getDouble(1), 0.005);
                assertEquals(4523, r.getInt(2), "CTS found the CGCS2000 zone in its inlined EPSG registry");
            }
        }
    }

    private static String jarUri(String prefix) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.getFileName().toString().startsWith(prefix) && Files.isRegularFile(p)) {
                return p.toUri().toString();
            }
        }
        throw new IllegalStateException("not on the test class path: " + prefix + "*.jar");
    }
}
