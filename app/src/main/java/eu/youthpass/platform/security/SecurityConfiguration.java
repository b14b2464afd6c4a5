package eu.youthpass.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own Faces page: the page calls {@code SecurityContext.authenticate}, a protected page sends
 * the visitor to the login page and back again afterwards. URL spaces are protected in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.USER, Roles.HELPDESK})
@ApplicationScoped
public class SecurityConfiguration {
}
