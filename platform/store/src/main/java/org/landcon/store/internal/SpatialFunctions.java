package org.landcon.store.internal;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

/**
 * Loads H2GIS's SQL functions (ST_*, SHPREAD, GEOJSONREAD …) when the H2GIS fragment is attached
 * to H2. It takes 1–4 s, so it runs on its own thread, never on the start-up thread. The store's
 * own queries need none of it: GEOMETRY, spatial indexes and {@code &&} are H2's.
 */
final class SpatialFunctions {
    private static final System.Logger LOG = System.getLogger(SpatialFunctions.class.getName());

    private SpatialFunctions() {
    }

    static CompletableFuture<Boolean> loadInBackground(DataSource dataSource) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Thread loader = new Thread(() -> done.complete(load(dataSource)), "landcon-h2gis-load");
        loader.setDaemon(true);
        loader.start();
        return done;
    }

    static boolean load(DataSource dataSource) {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ALIAS IF NOT EXISTS H2GIS_SPATIAL FOR \"org.h2gis.functions.factory.H2GISFunctions.load\"");
            s.execute("CALL H2GIS_SPATIAL()");
            LOG.log(Level.INFO, "H2GIS functions loaded in {0} ms", (System.nanoTime() - start) / 1_000_000);
            return true;
        } catch (SQLException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "H2GIS not available, the store works without its ST_ functions: " + e);
            return false;
        }
    }
}
