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
}
