package eu.youthpass.platform.tenancy;

import eu.youthpass.platform.persistence.DatabaseKind;
import eu.youthpass.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Tells PostgreSQL, for the current transaction only, whose data it may show (see the row-level security
 * policies). On H2 there are no policies and this does nothing; the repositories' own scoping still applies.
 */
@ApplicationScoped
public class DatabaseScope {

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseMigration database;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void enterOrganisation(Long organisationId, Long userId) {
        set(organisationId, userId, "organisation");
    }

    public void enterPlatform(Long userId) {
        set(null, userId, "platform");
    }

    private void set(Long organisationId, Long userId, String scope) {
        if (database.kind() != DatabaseKind.POSTGRESQL) {
            return;
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("A database scope needs an active transaction: mark the service @Transactional");
        }
        em.createNativeQuery("select set_config('yp.org', ?1, true), set_config('yp.user', ?2, true),"
                        + " set_config('yp.scope', ?3, true)")
                .setParameter(1, organisationId == null ? "" : organisationId.toString())
                .setParameter(2, userId == null ? "" : userId.toString())
                .setParameter(3, scope)
                .getSingleResult();
    }
}
