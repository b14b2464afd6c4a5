package eu.youthpass.demo.seed;

import eu.youthpass.demo.DemoDatabase;
import eu.youthpass.demo.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/** Puts the {@link ExampleProjects} into a demo organisation and notes when (table {@code demo_organisation}). */
@ApplicationScoped
@Transactional
public class ExampleSeeding {

    private static final Logger LOG = Logger.getLogger(ExampleSeeding.class.getName());

    @Inject
    DemoDatabase database;

    /** Seeds the organisation unless it already was: on the demo's first start. */
    public void seedOnce(long organisationId) {
        database.inPlatformScope(c -> {
            if (!Sql.longs(c, "select 1 from demo_organisation where organisation_id = ? and seeded_at is null",
                    organisationId).isEmpty()) {
                seed(c, organisationId);
                LOG.info(() -> "Demo organisation " + organisationId + " seeded with the example projects");
            }
            return null;
        });
    }

    /** Seeds on the caller's connection, in its transaction (the wipe's, right after deleting). */
    public void seed(Connection c, long organisationId) throws SQLException {
        ExampleProjects.seed(c, database.kind(), organisationId);
        Sql.update(c, "update demo_organisation set seeded_at = ? where organisation_id = ?",
                Instant.now().atOffset(ZoneOffset.UTC), organisationId);
    }
}
