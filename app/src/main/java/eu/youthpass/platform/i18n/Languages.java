package eu.youthpass.platform.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages the platform speaks. Adding one means adding {@code i18n/messages_xx.properties} and its tag here;
 * the bundle test checks that every language has every key.
 */
public final class Languages {

    public static final Locale DEFAULT = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("lv"));

    private Languages() {
    }

    /** The supported language closest to what was asked for, or the default. */
    public static Locale supportedOrDefault(Locale wanted) {
        if (wanted == null) {
            return DEFAULT;
        }
        for (Locale supported : SUPPORTED) {
            if (supported.getLanguage().equals(wanted.getLanguage())) {
                return supported;
            }
        }
        return DEFAULT;
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.stream().anyMatch(l -> l.toLanguageTag().equals(tag));
    }

    /** The best supported language for an Accept-Language header, or empty-handed the default. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale match = Locale.lookup(ranges, SUPPORTED);
            return match == null ? DEFAULT : match;
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }
}
