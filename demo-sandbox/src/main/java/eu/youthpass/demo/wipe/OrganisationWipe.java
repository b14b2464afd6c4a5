package eu.youthpass.demo.wipe;

import eu.youthpass.demo.DemoDatabase;
import eu.youthpass.demo.DemoOrganisations;
import eu.youthpass.demo.Sql;
import eu.youthpass.demo.seed.ExampleSeeding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Deletes one demo organisation's data, and re-seeds it or deletes the organisation itself, in the caller's
 * transaction: either all of it happens or none. Every statement names the organisation.
 */
@ApplicationScoped
@Transactional
public class OrganisationWipe {

    private static final Logger LOG = Logger.getLogger(OrganisationWipe.class.getName());

    @Inject
    DemoDatabase database;

    @Inject
    WipeRuns runs;

    @Inject
    ExampleSeeding seeding;

    private volatile TenantTables tables;

    /**
     * One organisation of a run's plan, in a transaction of its own that also marks it done: a crash leaves it either
     * untouched or finished. (Not the batch chunk's transaction, which holds the batch runtime's checkpoint in another
     * database, and two non-XA resources cannot share one.)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long wipe(WipeRuns.Item item) {
        long deleted = wipe(item.organisationId(), item.keepSeeded());
        runs.done(item, deleted);
        return deleted;
    }

    /**
     * @param keepSeeded true for the shared organisation and a workshop seat being reset: it stays, with its demo
     *                   logins, and gets the example projects again; false deletes the organisation too
     * @return the number of rows deleted
     */
    public long wipe(long organisationId, boolean keepSeeded) {
        return database.inPlatformScope(c -> {
            long deleted = Sql.update(c, "delete from mail_outbox where id in"
                    + " (select outbox_id from demo_mail where organisation_id = ?)", organisationId);
            for (String table : tables(c).deleteOrder()) {
                deleted += table.equals("membership") && keepSeeded
                        ? Sql.update(c, "delete from membership where organisation_id = ?"
                        + " and user_id not in (select user_id from demo_account)", organisationId)
                        : Sql.update(c, "delete from " + table + " where organisation_id = ?", organisationId);
            }
            if (keepSeeded) {
                Sql.update(c, "update organisation set name = ?, country = ? where id = ? and id in"
                                + " (select organisation_id from demo_organisation where kind = 'SHARED')",
                        DemoOrganisations.SHARED_NAME, DemoOrganisations.SHARED_COUNTRY, organisationId);
                seeding.seed(c, organisationId);
            } else {
                deleted += Sql.update(c, "delete from organisation where id = ?", organisationId);
            }
            return deleted;
        });
    }

    /** The tables to wipe, read once: the schema does not change while the platform runs. */
    private TenantTables tables(Connection c) throws SQLException {
        TenantTables known = tables;
        if (known == null) {
            known = TenantTables.read(c);
            List<String> order = known.deleteOrder();
            LOG.info(() -> "Demo wipe deletes from " + order);
            tables = known;
        }
        return known;
    }
}
