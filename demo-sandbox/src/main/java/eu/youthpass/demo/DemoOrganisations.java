package eu.youthpass.demo;

import eu.youthpass.account.UserAccount;
import eu.youthpass.organisation.MemberRole;
import eu.youthpass.organisation.Membership;
import eu.youthpass.organisation.Organisation;
import eu.youthpass.platform.tenancy.DatabaseScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Organisations that belong to the demo (table {@code demo_organisation}). The shared one is the demo's tenant: everyone
 * uses its one login, so everything in it is visible to every demo user.
 */
@ApplicationScoped
@Transactional
public class DemoOrganisations {

    public static final String SHARED = "SHARED";
    public static final String SHARED_NAME = "Youthpass Demo Organisation";
    public static final String SHARED_COUNTRY = "LV";

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseScope scope;

    @Inject
    DemoAccounts accounts;

    /** The shared login and its organisation, created on the first start and put back at every start. */
    public long ensureShared() {
        scope.enterPlatform(null);
        UserAccount login = accounts.sharedLogin();
        long organisationId = shared().orElseGet(() -> {
            Organisation organisation = new Organisation(SHARED_NAME, SHARED_COUNTRY);
            em.persist(organisation);
            em.flush();
            em.createNativeQuery("insert into demo_organisation (organisation_id, kind, created_at) values (?1, ?2, ?3)")
                    .setParameter(1, organisation.getId()).setParameter(2, SHARED).setParameter(3, DemoAccounts.now())
                    .executeUpdate();
            return organisation.getId();
        });
        boolean member = !em.createNativeQuery("select 1 from membership where organisation_id = ?1 and user_id = ?2")
                .setParameter(1, organisationId).setParameter(2, login.getId()).getResultList().isEmpty();
        if (!member) {
            em.persist(new Membership(em.getReference(Organisation.class, organisationId), login, MemberRole.OWNER));
        }
        login.rememberOrganisation(organisationId);
        return organisationId;
    }

    public Optional<Long> shared() {
        List<?> ids = em.createNativeQuery("select organisation_id from demo_organisation where kind = ?1 order by organisation_id")
                .setParameter(1, SHARED).getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    public boolean isSeeded(long organisationId) {
        return !em.createNativeQuery("select 1 from demo_organisation where organisation_id = ?1 and seeded_at is not null")
                .setParameter(1, organisationId).getResultList().isEmpty();
    }
}
