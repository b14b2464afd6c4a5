package eu.youthpass.platform.web;

import eu.youthpass.platform.i18n.Languages;
import eu.youthpass.platform.i18n.Texts;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Shows an {@link Instant} as a date for people: the page language's pattern ({@code general.date_pattern}) in the
 * server's time zone (as web.xml asks of Faces' converters). Faces' own
 * {@code <f:convertDateTime type="instant" pattern="…">} cannot: Faces 4.1 counts only types beginning with l, o or z
 * as java.time types, so with a pattern it hands the Instant to SimpleDateFormat, which throws "Cannot format given
 * Object as a Date". That made the members page a 500 as soon as an invitation was open.
 *
 * <pre>
 * &lt;h:outputText value="#{invitation.expiresAt}" converter="yp.date"/&gt;
 * &lt;h:outputText value="#{mail.createdAt}" converter="yp.datetime"/&gt;
 * </pre>
 */
@FacesConverter("yp.date")
public class DateConverter implements Converter<Instant> {

    /** The instant in the zone, by the pattern the bundle has under this key for the language. */
    public static String format(Instant instant, Locale locale, String patternKey, ZoneId zone) {
        Locale language = Languages.supportedOrDefault(locale);
        return DateTimeFormatter.ofPattern(Texts.get(language, patternKey), language).withZone(zone).format(instant);
    }

    protected String patternKey() {
        return "general.date_pattern";
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : format(value, context.getViewRoot().getLocale(), patternKey(), ZoneId.systemDefault());
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("yp.date only shows dates; it does not read them");
    }

    /** The same with the time of day ({@code general.datetime_pattern}). */
    @FacesConverter("yp.datetime")
    public static class WithTime extends DateConverter {
        @Override
        protected String patternKey() {
            return "general.datetime_pattern";
        }
    }
}
