package eu.youthpass.demo.web;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.demo.DemoAccounts;
import eu.youthpass.demo.DemoSettings;
import eu.youthpass.demo.wipe.WipeSchedule;
import eu.youthpass.platform.i18n.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** What the demo's banner and login hint show: the next wipe in the viewer's language, the shared login. */
@Named("demoBanner")
@RequestScoped
public class DemoBanner {

    @Inject
    WipeSchedule schedule;

    @Inject
    DemoSettings settings;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    CurrentUser currentUser;

    @Inject
    DemoAccounts accounts;

    /** E.g. "Sunday 6 December 2026 at 20:00 (Central European Time)". */
    public String getNextWipe() {
        Locale locale = localeSelection.getLocale();
        ZonedDateTime next = schedule.next();
        String pattern = ResourceBundle.getBundle("i18n.demo", locale, getClass().getClassLoader())
                .getString("demo.banner.wipe_pattern");
        return DateTimeFormatter.ofPattern(pattern, locale).format(next)
                + " (" + next.getZone().getDisplayName(TextStyle.FULL, locale) + ")";
    }

    /** True for a workshop's trainer login, which gets a link to its workshop. */
    public boolean isTrainer() {
        Long userId = currentUser.userIdOrNull();
        return userId != null && accounts.isTrainer(userId);
    }

    public String getLogin() {
        return settings.login();
    }

    public String getPassword() {
        return settings.password();
    }
}
