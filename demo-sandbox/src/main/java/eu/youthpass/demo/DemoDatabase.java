package eu.youthpass.demo;

import eu.youthpass.platform.persistence.DatabaseKind;
import eu.youthpass.platform.persistence.DatabaseMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC inside the caller's transaction, on the very connection JPA uses in it (a connection taken from the data
 * source separately was not part of the transaction here, and lost the row-level security scope set on it). The work
 * runs in the platform's scope: the demo's seeding and wiping reach organisations nobody is signed in to.
 */
@ApplicationScoped
public class DemoDatabase {

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseMigration database;

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T inPlatformScope(Work<T> work) {
        Connection c = em.unwrap(Connection.class);
        try {
            Sql.enterPlatform(c, database.kind());
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public DatabaseKind kind() {
        return database.kind();
    }
}
