package eu.youthpass.account.web;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.organisation.InvitationAcceptance;
import eu.youthpass.organisation.web.JoinBacking;
import eu.youthpass.platform.i18n.LocaleSelection;
import eu.youthpass.platform.security.LoginThrottle;
import eu.youthpass.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * login.xhtml: one generic message for any failure, throttled, new session id after success. Reached from an
 * invitation ({@code ?join=…}) it names the organisation and goes on to the join page after login.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginThrottle throttle;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    InvitationAcceptance invitations;

    private String email;
    private String password;
    private String join;
    private String joiningOrganisation;

    /** f:viewAction: an invitation that is no longer open is simply forgotten, and login works as usual. */
    public void load() {
        if (join != null && !join.isBlank()) {
            invitations.open(join).ifPresentOrElse(i -> joiningOrganisation = i.organisationName(), () -> join = null);
        }
    }

    public void login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String client = request.getRemoteAddr();

        Duration wait = throttle.waitFor(email, client);
        if (!wait.isZero() && !wait.isNegative()) {
            Pages.error("login.throttled", Math.max(1, wait.toMinutes() + 1));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(email == null ? "" : email.strip(),
                        new Password(password == null ? "" : password))));
        switch (status) {
            case SEND_CONTINUE -> {
                // the mechanism has redirected to the page that asked for login
                throttle.succeeded(email, client);
                request.changeSessionId();
                currentUser.forget();
                localeSelection.adoptAccountLanguage();
                faces.responseComplete();
            }
            case SUCCESS -> {
                throttle.succeeded(email, client);
                request.changeSessionId();
                currentUser.forget();
                localeSelection.adoptAccountLanguage();
                Pages.redirect(currentUser.isHelpdesk() ? "/helpdesk/index.xhtml"
                        : joiningOrganisation != null ? JoinBacking.pageFor(join) : "/index.xhtml");
            }
            default -> {
                throttle.failed(email, client);
                Pages.error("login.failed");
            }
        }
    }

    public boolean isJoining() {
        return joiningOrganisation != null;
    }

    public String getJoiningOrganisation() {
        return joiningOrganisation;
    }

    public String getJoin() {
        return join;
    }

    public void setJoin(String join) {
        this.join = join;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
