package eu.youthpass.certificate;

import eu.youthpass.platform.i18n.Countries;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a certificate in one language, from the bundle {@code i18n/certificate}. A language exists for
 * certificates exactly when {@code certificate_<language>.properties} does: adding one means adding that file, and
 * nothing in code names a language. Enum labels ({@code ProjectFormat.X}, {@code ActivityType.X},
 * {@code Programme.X}) and competence names ({@code competence.X.name}) come from the platform's bundles
 * {@code i18n/messages} and {@code i18n/competences}, unless the certificate bundle overrides them; a label found
 * nowhere prints as its code rather than failing a certificate.
 */
public final class CertificateTexts {

    public static final String BUNDLE = "i18n.certificate";
    private static final List<String> PLATFORM_BUNDLES = List.of("i18n.competences", "i18n.messages");
    // no fallback to the JVM's default locale: a language without a certificate bundle is an error, not English
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<Locale, CertificateTexts> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Locale language;
    private final List<ResourceBundle> bundles;
    private final DateTimeFormatter dateFormat;

    private CertificateTexts(Locale language, List<ResourceBundle> bundles) {
        this.language = language;
        this.bundles = bundles;
        this.dateFormat = DateTimeFormatter.ofPattern(bundles.getFirst().getString("date.pattern"), language);
    }

    /** The texts in a language; throws {@link IllegalArgumentException} when certificates do not speak it. */
    public static CertificateTexts of(Locale language) {
        return BY_LANGUAGE.computeIfAbsent(language, CertificateTexts::load);
    }

    public static boolean isAvailable(Locale language) {
        return certificateBundle(language).isPresent();
    }

    private static CertificateTexts load(Locale language) {
        ResourceBundle certificate = certificateBundle(language).orElseThrow(() -> new IllegalArgumentException(
                "No certificate texts in " + language.toLanguageTag() + ": add " + BUNDLE.replace('.', '/') + "_"
                        + language.getLanguage() + ".properties"));
        List<ResourceBundle> bundles = new ArrayList<>();
        bundles.add(certificate);
        for (String name : PLATFORM_BUNDLES) {
            try {
                bundles.add(ResourceBundle.getBundle(name, language, loader(), NO_FALLBACK));
            } catch (MissingResourceException notThere) {
                // a platform bundle not written yet: its labels print as codes
            }
        }
        return new CertificateTexts(language, List.copyOf(bundles));
    }

    private static Optional<ResourceBundle> certificateBundle(Locale language) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, loader(), NO_FALLBACK);
            return bundle.getLocale().getLanguage().equals(language.getLanguage()) ? Optional.of(bundle)
                    : Optional.empty();
        } catch (MissingResourceException notThere) {
            return Optional.empty();
        }
    }

    private static ClassLoader loader() {
        return CertificateTexts.class.getClassLoader();
    }

    public Locale language() {
        return language;
    }

    /** A text of the certificate bundle; a missing key shows as {@code ???key???} (the bundle test prevents it). */
    public String get(String key) {
        return find(key).orElse("???" + key + "???");
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language).format(arguments);
    }

    /** The text under a key in the certificate bundle, else in the platform's bundles. */
    public Optional<String> find(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return Optional.of(bundle.getString(key));
            }
        }
        return Optional.empty();
    }

    /** The label of an enum value given by name, e.g. {@code label("ProjectFormat", "YOUTH_EXCHANGE")}. */
    public String label(String enumName, String code) {
        return find(enumName + "." + code).orElse(code);
    }

    public String competenceName(String code) {
        return find("competence." + code + ".name").orElse(code);
    }

    /** The country's name in this language for an ISO 3166 code; anything else prints as it is. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String trimmed = code.strip();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        return Countries.isKnown(upper) ? Locale.of("", upper).getDisplayCountry(language) : trimmed;
    }

    public String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    /** "3 March 2025 – 12 March 2025", one date when both are the same, or whichever of the two is known. */
    public String dates(LocalDate start, LocalDate end) {
        if (start == null || end == null || start.equals(end)) {
            return date(start != null ? start : end);
        }
        return format("general.date_range", date(start), date(end));
    }
}
