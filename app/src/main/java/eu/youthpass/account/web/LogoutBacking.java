package eu.youthpass.account.web;

import eu.youthpass.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** The logout button in the header (a POST, so no other site can log a user out). */
@Named
@RequestScoped
public class LogoutBacking {

    public void logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        Pages.redirect("/login.xhtml?signedOut=true");
    }
}
