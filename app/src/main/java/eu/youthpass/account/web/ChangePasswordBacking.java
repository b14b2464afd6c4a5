package eu.youthpass.account.web;

import eu.youthpass.account.AccountService;
import eu.youthpass.account.CurrentUser;
import eu.youthpass.platform.security.PasswordPolicy;
import eu.youthpass.platform.web.Pages;
import eu.youthpass.platform.web.PlatformEdition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** account/password.xhtml: asks for the current password before setting a new one. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformEdition edition;

    private String currentPassword;
    private String newPassword;

    public void change() {
        if (!isAllowed()) {
            Pages.error("password.not_changeable");
            return;
        }
        var rule = PasswordPolicy.violation(newPassword, currentUser.get().email());
        if (rule.isPresent()) {
            Pages.fieldError("password:newPassword", rule.get());
            return;
        }
        if (!accounts.changePassword(currentUser.userId(), currentPassword, newPassword)) {
            Pages.fieldError("password:currentPassword", "password.current_wrong");
            return;
        }
        Pages.info("password.changed");
        Pages.keepMessages();
        Pages.redirect("/account/password.xhtml");
    }

    public boolean isAllowed() {
        return edition.isPasswordChangeAllowed(currentUser.userId());
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
