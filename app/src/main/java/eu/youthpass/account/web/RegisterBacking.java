package eu.youthpass.account.web;

import eu.youthpass.account.AccountService;
import eu.youthpass.account.Registration;
import eu.youthpass.organisation.InvitationAcceptance;
import eu.youthpass.platform.i18n.LocaleSelection;
import eu.youthpass.platform.security.PasswordPolicy;
import eu.youthpass.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * register.xhtml: a newcomer and their organisation. Reached from an invitation link ({@code ?join=…}) it
 * registers only the person, who then joins the inviting organisation.
 */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient InvitationAcceptance invitations;

    @Inject
    LocaleSelection localeSelection;

    private String join;
    private String joiningOrganisation;
    private String firstName;
    private String lastName;
    private String email;
    private String password;
    private String organisationName;
    private String organisationCountry;

    /** f:viewAction: with an invitation, show whose organisation the newcomer is joining. */
    public void load() {
        if (join != null && !join.isBlank()) {
            invitations.open(join).ifPresentOrElse(i -> {
                joiningOrganisation = i.organisationName();
                if (email == null) {
                    email = i.email();
                }
            }, () -> join = null);
        }
    }

    public void register() {
        var rule = PasswordPolicy.violation(password, email);
        if (rule.isPresent()) {
            Pages.fieldError("register:password", rule.get());
            return;
        }
        boolean joining = joiningOrganisation != null;
        accounts.register(new Registration(firstName.strip(), lastName.strip(), email.strip(), password,
                joining ? null : organisationName.strip(), joining ? null : organisationCountry,
                localeSelection.getLocale()), joining ? join : null);
        Pages.redirect("/check-email.xhtml?for=registration");
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

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
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

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getOrganisationCountry() {
        return organisationCountry;
    }

    public void setOrganisationCountry(String organisationCountry) {
        this.organisationCountry = organisationCountry;
    }
}
