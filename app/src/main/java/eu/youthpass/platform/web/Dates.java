package eu.youthpass.platform.web;

import eu.youthpass.platform.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants on pages, in the page's language and the server's time zone: {@code #{dates.date(i.expiresAt)}}.
 * ({@code f:convertDateTime type="instant"} with a pattern formats with the old {@code SimpleDateFormat},
 * which cannot format an {@code Instant}: the page failed.)
 */
@Named
@ApplicationScoped
public class Dates {

    public String date(Instant instant) {
        return format(instant, "general.date_pattern", pageLocale());
    }

    public String dateTime(Instant instant) {
        return format(instant, "general.datetime_pattern", pageLocale());
    }

    static String format(Instant instant, String patternKey, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(Texts.get(locale, patternKey), locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    private static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
