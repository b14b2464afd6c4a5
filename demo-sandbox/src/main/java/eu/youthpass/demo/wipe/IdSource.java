package eu.youthpass.demo.wipe;

import eu.youthpass.demo.seed.IdBlocks;
import eu.youthpass.platform.persistence.DatabaseMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;

/** One id from a sequence, the way {@link IdBlocks} takes them. */
@ApplicationScoped
public class IdSource {

    @Inject
    DatabaseMigration database;

    public long next(Connection c, String sequence) throws SQLException {
        return new IdBlocks(c, database.kind()).next(sequence);
    }
}
