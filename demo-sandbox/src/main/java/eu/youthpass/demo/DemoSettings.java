package eu.youthpass.demo;

import eu.youthpass.demo.wipe.CronSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The demo's own settings, beside the platform's ({@code YP_DEMO_*}, listed in the README's table). Their defaults
 * live here rather than in {@code microprofile-config.properties}, which the overlay would otherwise replace.
 */
@ApplicationScoped
public class DemoSettings {

    public static final String DEFAULT_LOGIN = "test@youthpass.eu";
    public static final String DEFAULT_PASSWORD = "test";
    public static final String DEFAULT_WIPE_CRON = "0 20 * * SUN";
    public static final String DEFAULT_WIPE_ZONE = "Europe/Brussels";

    @Inject
    Config config;

    /** The shared login's e-mail address, shown on the login page. */
    public String login() {
        return text("yp.demo.login", DEFAULT_LOGIN).toLowerCase(java.util.Locale.ROOT);
    }

    public String password() {
        return config.getOptionalValue("yp.demo.password", String.class).filter(p -> !p.isEmpty()).orElse(DEFAULT_PASSWORD);
    }

    /** When all demo data is deleted: 5-field cron (minute hour day-of-month month day-of-week) in {@link #wipeZone}. */
    public CronSchedule wipeSchedule() {
        String cron = text("yp.demo.wipe.cron", DEFAULT_WIPE_CRON);
        try {
            return CronSchedule.parse(cron);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("YP_DEMO_WIPE_CRON is not a 5-field cron expression: " + e.getMessage(), e);
        }
    }

    public ZoneId wipeZone() {
        String zone = text("yp.demo.wipe.zone", DEFAULT_WIPE_ZONE);
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalStateException("YP_DEMO_WIPE_ZONE is not a time zone such as Europe/Brussels: " + zone, e);
        }
    }

    private String text(String name, String fallback) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(s -> !s.isEmpty()).orElse(fallback);
    }
}
