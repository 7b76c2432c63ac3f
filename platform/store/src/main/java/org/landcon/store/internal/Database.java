package org.landcon.store.internal;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.h2.jdbcx.JdbcConnectionPool;
import org.landcon.store.StoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The embedded H2 file database: migrated on open, one writer at a time (the audit chain needs a
 * total order), each write one transaction. {@code WRITE_DELAY=0} makes a commit reach the file
 * before {@code commit()} returns, so a killed process keeps every acknowledged write.
 */
@Component(service = Database.class, configurationPid = StoreConfig.PID)
@Designate(ocd = StoreConfig.class)
public final class Database implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private final JdbcConnectionPool pool;
    private final ReentrantLock writer = new ReentrantLock();
    private final Clock clock;
    private final CompletableFuture<Boolean> spatialFunctions;

    @Activate
    public Database(StoreConfig config) {
        this(urlFor(Path.of(config.path())), Clock.systemUTC());
    }

    /** For tests and tools: a database at a JDBC URL (see {@link #urlFor(Path)}). */
    public Database(String jdbcUrl, Clock clock) {
        this.pool = JdbcConnectionPool.create(jdbcUrl, "landcon", "");
        this.pool.setMaxConnections(32);
        this.clock = clock;
        int applied = read(Migrations::migrate);
        LOG.log(Level.INFO, "store at {0}: {1} migration(s) applied", jdbcUrl, applied);
        this.spatialFunctions = SpatialFunctions.loadInBackground(pool);
    }

    /** The JDBC URL of the file database at {@code path} (without {@code .mv.db}). */
    public static String urlFor(Path path) {
        return "jdbc:h2:file:" + path.toAbsolutePath() + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    /** Runs {@code work} in one transaction, serialised with every other write; all or nothing. */
    public <T> T write(SqlWork<T> work) {
        writer.lock();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("数据库写入失败，未保存任何内容：" + e.getMessage(),
                    "database write failed, nothing was saved: " + e.getMessage(), e);
        } finally {
            writer.unlock();
        }
    }

    /** Runs {@code work} on a connection in auto-commit mode. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("数据库读取失败：" + e.getMessage(), "database read failed: " + e.getMessage(), e);
        }
    }

    public Clock clock() {
        return clock;
    }

    /** Completes with {@code true} once H2GIS's functions are loaded, {@code false} without H2GIS. */
    public CompletableFuture<Boolean> spatialFunctions() {
        return spatialFunctions;
    }

    @Deactivate
    @Override
    public void close() {
        try {
            spatialFunctions.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "H2GIS still loading at shutdown", e);
        }
        pool.dispose();
    }
}
