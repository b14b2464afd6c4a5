package eu.youthpass.platform.web;

import eu.youthpass.account.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** index.xhtml: the helpdesk has its own start page. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    CurrentUser currentUser;

    public void route() {
        if (currentUser.isHelpdesk()) {
            Pages.redirect("/helpdesk/index.xhtml");
        }
    }
}
