package eu.youthpass.organisation.logo;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.organisation.OrganisationService;
import eu.youthpass.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** The signed-in owner's organisation logo: shown in the settings, replaced, removed. */
@ApplicationScoped
@Transactional
@TenantData
public class OrganisationLogos {

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentUser currentUser;

    @PersistenceContext
    EntityManager em;

    public Optional<OrganisationLogo> current() {
        organisations.owner();
        return Optional.ofNullable(em.find(OrganisationLogo.class, currentUser.organisationId()));
    }

    public void replace(LogoPicture picture) {
        long organisationId = organisations.owner().getOrganisation().getId();
        OrganisationLogo logo = em.find(OrganisationLogo.class, organisationId);
        if (logo == null) {
            logo = new OrganisationLogo(organisationId);
            logo.show(picture, currentUser.get().fullName());
            em.persist(logo);
        } else {
            logo.show(picture, currentUser.get().fullName());
        }
    }

    public void remove() {
        long organisationId = organisations.owner().getOrganisation().getId();
        OrganisationLogo logo = em.find(OrganisationLogo.class, organisationId);
        if (logo != null) {
            em.remove(logo);
        }
    }
}
