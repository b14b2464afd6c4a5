package eu.youthpass.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.text.Collator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Country codes (ISO 3166-1 alpha-2) with names in the viewer's language, from the JDK's CLDR data. */
@Named
@ApplicationScoped
public class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    public record Country(String code, String name) {
    }

    public List<Country> sortedFor(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, name(code, locale)))
                .sorted((a, b) -> collator.compare(a.name(), b.name()))
                .toList();
    }

    public String name(String code, Locale locale) {
        return code == null ? "" : Locale.of("", code).getDisplayCountry(locale);
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }
}
