package eu.youthpass.account.web;

import eu.youthpass.account.AccountService;
import eu.youthpass.platform.i18n.LocaleSelection;
import eu.youthpass.platform.security.AttemptThrottle;
import eu.youthpass.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Duration;

/** forgot-password.xhtml: the same answer whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    /** Bounds the mails one address can trigger, so the form cannot be used to flood someone's inbox. */
    private static final AttemptThrottle REQUESTS = new AttemptThrottle(5, Duration.ofMinutes(15), Clock.systemUTC());

    @Inject
    AccountService accounts;

    @Inject
    LocaleSelection localeSelection;

    private String email;

    public void send() {
        String key = Pages.clientAddress();
        if (REQUESTS.waitFor(key).isPositive()) {
            Pages.error("login.throttled", 15);
            return;
        }
        REQUESTS.failed(key);
        accounts.requestPasswordReset(email, localeSelection.getLocale());
        Pages.redirect("/check-email.xhtml?for=reset");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
