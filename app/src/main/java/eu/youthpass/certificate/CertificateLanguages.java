package eu.youthpass.certificate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The languages certificates can be printed in: every ISO 639-1 language that has a certificate bundle
 * ({@link CertificateTexts}). Found once by looking, so adding a language stays "add the bundle, nothing else".
 */
public final class CertificateLanguages {

    private static final List<Locale> AVAILABLE = Arrays.stream(Locale.getISOLanguages())
            .map(Locale::of)
            .filter(CertificateTexts::isAvailable)
            .sorted(Comparator.comparing(Locale::getLanguage))
            .toList();

    private CertificateLanguages() {
    }

    public static List<Locale> available() {
        return AVAILABLE;
    }

    /** A language tag such as {@code lv} when certificates speak it, else empty. */
    public static java.util.Optional<Locale> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return java.util.Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return AVAILABLE.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
