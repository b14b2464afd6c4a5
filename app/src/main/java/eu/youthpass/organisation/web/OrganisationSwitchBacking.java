package eu.youthpass.organisation.web;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.organisation.OrganisationService;
import eu.youthpass.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The organisation switcher in the header, for users who act for several organisations. */
@Named
@RequestScoped
public class OrganisationSwitchBacking {

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentUser currentUser;

    private Long organisationId;

    public void switchOrganisation() {
        if (organisationId == null) {
            return;
        }
        organisations.requireMembershipOf(organisationId);
        currentUser.refresh(organisationId);
        Pages.info("organisation.switched", currentUser.get().organisationName());
        Pages.keepMessages();
        Pages.redirect("/index.xhtml");
    }

    public Long getOrganisationId() {
        return organisationId == null ? currentUser.organisationIdOrNull() : organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
