package eu.youthpass.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads the platform's one resource bundle ({@code i18n/messages}) outside pages: mails, messages from services.
 * Pages use the same bundle as {@code #{i18n[...]}}.
 *
 * <pre>
 * String subject = Texts.get(locale, "mail.confirm.subject");
 * String line = Texts.format(locale, "members.invited", email);
 * String done = Texts.plural(locale, "import.done", 21);   // import.done.one in Latvian, .other in English
 * </pre>
 */
public final class Texts {

    public static final String BUNDLE = "i18n.messages";

    private Texts() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Languages.supportedOrDefault(locale), Texts.class.getClassLoader());
    }

    public static String get(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException missing) {
            return "???" + key + "???";
        }
    }

    public static String format(Locale locale, String key, Object... arguments) {
        return new MessageFormat(get(locale, key), Languages.supportedOrDefault(locale)).format(arguments);
    }

    /**
     * The key with the suffix of the count's plural form: {@code .one} or {@code .other}. English has "one" for 1
     * only; Latvian for every count ending in 1 except 11 (1, 21, 101 cilvēks; 11, 12 cilvēki). CLDR's Latvian "zero"
     * form (10, 11–19 cilvēku) reads as "other" here, which Latvian allows.
     */
    public static String pluralKey(Locale locale, String key, long count) {
        boolean one = switch (Languages.supportedOrDefault(locale).getLanguage()) {
            case "lv" -> count % 10 == 1 && count % 100 != 11;
            default -> count == 1;
        };
        return key + (one ? ".one" : ".other");
    }

    /** The text for a count, e.g. "1 person imported." and "12 people imported."; the count is {0}. */
    public static String plural(Locale locale, String key, long count) {
        return format(locale, pluralKey(locale, key, count), count);
    }
}
