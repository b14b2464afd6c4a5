package eu.youthpass.certificate;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the organisation asked for: which parts, in which languages. The certificate holds every chosen part once per
 * language, language after language, so that each language's copy is complete on its own and can be handed out
 * separately.
 *
 * <pre>
 * CertificateRequest.of(EnumSet.allOf(CertificatePart.class), Locale.ENGLISH, Locale.forLanguageTag("lv"));
 * </pre>
 */
public record CertificateRequest(Set<CertificatePart> parts, List<Locale> languages) {

    public CertificateRequest {
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(languages, "languages");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("A certificate needs at least one part");
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("A certificate needs at least one language");
        }
        parts = Collections.unmodifiableSet(EnumSet.copyOf(parts));
        languages = List.copyOf(new LinkedHashSet<>(languages));
    }

    public static CertificateRequest of(Set<CertificatePart> parts, Locale... languages) {
        return new CertificateRequest(parts, List.of(languages));
    }

    /** All three parts in the given languages. */
    public static CertificateRequest complete(Locale... languages) {
        return of(EnumSet.allOf(CertificatePart.class), languages);
    }
}
