package eu.youthpass.certificate.issuing.web;

import eu.youthpass.certificate.CertificateLanguages;
import eu.youthpass.certificate.CertificatePart;
import eu.youthpass.certificate.CertificateRequest;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts and languages ticked on the certificate page, as they travel in a form or a URL ({@code parts=1,3},
 * {@code languages=en,lv}). Anything unknown is ignored; empty when nothing usable is left.
 *
 * <pre>
 * CertificateChoice.of(List.of("1", "3"), List.of("lv", "en")).map(...)
 * </pre>
 */
public final class CertificateChoice {

    private CertificateChoice() {
    }

    public static Optional<CertificateRequest> of(Collection<String> parts, Collection<String> languages) {
        Set<CertificatePart> chosenParts = EnumSet.noneOf(CertificatePart.class);
        if (parts != null) {
            parts.stream().filter(Objects::nonNull).map(String::strip).filter(p -> p.matches("[1-9]"))
                    .map(p -> CertificatePart.numbered(Integer.parseInt(p))).flatMap(Optional::stream)
                    .forEach(chosenParts::add);
        }
        List<Locale> chosenLanguages = languages == null ? List.of() : languages.stream()
                .map(CertificateLanguages::of).flatMap(Optional::stream).distinct().toList();
        if (chosenParts.isEmpty() || chosenLanguages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CertificateRequest(chosenParts, chosenLanguages));
    }

    /** From the comma-separated form of a URL. */
    public static Optional<CertificateRequest> parse(String parts, String languages) {
        return of(split(parts), split(languages));
    }

    public static String parts(Collection<String> parts) {
        return String.join(",", parts);
    }

    private static List<String> split(String list) {
        return list == null ? List.of() : Arrays.asList(list.split(","));
    }

    public static String languages(List<Locale> languages) {
        return languages.stream().map(Locale::toLanguageTag).collect(Collectors.joining(","));
    }
}
