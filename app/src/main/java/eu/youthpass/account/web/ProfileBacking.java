package eu.youthpass.account.web;

import eu.youthpass.account.AccountService;
import eu.youthpass.account.CurrentUser;
import eu.youthpass.account.UserAccount;
import eu.youthpass.platform.i18n.Languages;
import eu.youthpass.platform.i18n.LocaleSelection;
import eu.youthpass.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** account/profile.xhtml: the user's own name and language. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelection localeSelection;

    private String email;
    private String firstName;
    private String lastName;
    private String language;

    @PostConstruct
    void load() {
        UserAccount account = accounts.account(currentUser.userId());
        email = account.getEmail();
        firstName = account.getFirstName();
        lastName = account.getLastName();
        language = account.getLocale().toLanguageTag();
    }

    public void save() throws java.io.IOException {
        Locale locale = Languages.isSupported(language) ? Locale.forLanguageTag(language) : Languages.DEFAULT;
        accounts.changeDetails(currentUser.userId(), firstName.strip(), lastName.strip(), locale);
        currentUser.refresh(null);
        localeSelection.adoptAccountLanguage();
        Pages.info("profile.saved");
        Pages.keepMessages();
        Pages.redirect("/account/profile.xhtml");
    }

    public String getEmail() {
        return email;
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
