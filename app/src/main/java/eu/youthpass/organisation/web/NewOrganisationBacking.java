package eu.youthpass.organisation.web;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.organisation.OrganisationService;
import eu.youthpass.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** organisation/new.xhtml: a signed-in user founds another organisation and starts working in it. */
@Named
@RequestScoped
public class NewOrganisationBacking {

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentUser currentUser;

    private String name;
    private String country;

    public void create() {
        long id = organisations.createOrganisation(name.strip(), country);
        currentUser.refresh(id);
        Pages.info("organisation.created", name.strip());
        Pages.keepMessages();
        Pages.redirect("/index.xhtml");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
