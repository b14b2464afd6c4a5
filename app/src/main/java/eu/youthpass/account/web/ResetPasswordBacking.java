package eu.youthpass.account.web;

import eu.youthpass.account.AccountService;
import eu.youthpass.platform.security.PasswordPolicy;
import eu.youthpass.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** reset-password.xhtml?token=…: a new password from the link in the reset mail. */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    private String token;
    private boolean usable;
    private String password;

    public void load() {
        usable = token != null && accounts.isResetTokenUsable(token);
    }

    public void reset() {
        var rule = PasswordPolicy.violation(password, null);
        if (rule.isPresent()) {
            Pages.fieldError("reset:password", rule.get());
            return;
        }
        if (accounts.resetPassword(token, password).isPresent()) {
            Pages.info("reset.done");
            Pages.keepMessages();
            Pages.redirect("/login.xhtml");
        } else {
            usable = false;
        }
    }

    public boolean isUsable() {
        return usable;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
