package eu.youthpass.demo.wipe;

import eu.youthpass.platform.persistence.ConfiguredDataSource;
import eu.youthpass.platform.persistence.DatabaseKind;
import eu.youthpass.platform.persistence.DatabaseMigration;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets one wipe run at a time across every replica of the demo. On PostgreSQL a session-level advisory lock, held on
 * a connection of its own (outside the pool and every transaction) for as long as the wipe runs: if this replica
 * dies, PostgreSQL ends the session and the lock with it, and another replica can resume the wipe. Embedded H2 is
 * one process by nature, so a flag in this JVM is enough there.
 */
@ApplicationScoped
public class WipeLock {

    private static final Logger LOG = Logger.getLogger(WipeLock.class.getName());
    /** "YPDEMOWP" as a number: the key no other part of the platform uses. */
    static final long KEY = 0x595044454d4f5750L;

    @Inject
    DatabaseMigration database;

    private Connection session;
    private boolean held;

    /** True when this replica now holds the lock; false when a wipe runs here or anywhere else. */
    public synchronized boolean tryAcquire() {
        if (held) {
            return false;
        }
        if (database.kind() == DatabaseKind.H2) {
            held = true;
            return true;
        }
        Connection c = null;
        try {
            c = new ConfiguredDataSource().getConnection();
            c.setAutoCommit(true);
            try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(?)")) {
                s.setLong(1, KEY);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getBoolean(1)) {
                        session = c;
                        held = true;
                        return true;
                    }
                }
            }
            c.close();
            return false;
        } catch (SQLException e) {
            closeQuietly(c);
            LOG.log(Level.WARNING, "Cannot take the demo wipe lock: " + e.getMessage(), e);
            return false;
        }
    }

    public synchronized boolean isHeldHere() {
        return held;
    }

    public synchronized void release() {
        if (!held) {
            return;
        }
        held = false;
        if (session != null) {
            try (PreparedStatement s = session.prepareStatement("select pg_advisory_unlock(?)")) {
                s.setLong(1, KEY);
                s.executeQuery().close();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Cannot release the demo wipe lock (closing its session releases it): " + e.getMessage());
            } finally {
                closeQuietly(session);
                session = null;
            }
        }
    }

    @PreDestroy
    void stop() {
        release();
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the session ends either way
            }
        }
    }
}
