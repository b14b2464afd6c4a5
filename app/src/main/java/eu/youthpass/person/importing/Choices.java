package eu.youthpass.person.importing;

import eu.youthpass.person.TeamRole;
import eu.youthpass.platform.i18n.Languages;
import eu.youthpass.platform.i18n.Texts;
import eu.youthpass.project.number.LearnerKind;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a cell may name, as people write them: countries by code or name, roles and languages by their name
 * in any supported language, dates in the usual European ways. Compared by {@link CellText#key}.
 *
 * <pre>
 * Choices.country("Latvija");       // Optional["LV"]
 * Choices.teamRole("mentors");      // Optional[MENTOR]
 * Choices.date("14.03.2005");       // Optional[2005-03-14]
 * </pre>
 */
final class Choices {

    private static final Map<String, String> COUNTRIES = new HashMap<>();
    private static final Map<String, LearnerKind> KINDS = new HashMap<>();
    private static final Map<String, TeamRole> TEAM_ROLES = new HashMap<>();
    private static final Map<String, String> LANGUAGES = new HashMap<>();

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ][0-9:.]*)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})\\.?");

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            COUNTRIES.put(CellText.key(code), code);
            try {
                COUNTRIES.put(CellText.key(country.getISO3Country()), code);
            } catch (MissingResourceException noThreeLetterCode) {
                // a few codes have none; the two letters and the names still work
            }
        }
        for (String code : Locale.getISOCountries()) {
            for (Locale language : Languages.SUPPORTED) {
                COUNTRIES.putIfAbsent(CellText.key(Locale.of("", code).getDisplayCountry(language)), code);
            }
        }
        // names people still use for countries whose English name in the JDK's data has changed or is formal
        Map.of("uk", "GB", "greatbritain", "GB", "czechrepublic", "CZ", "turkey", "TR", "holland", "NL",
                "macedonia", "MK", "lielbritanija", "GB").forEach(COUNTRIES::putIfAbsent);

        for (LearnerKind kind : LearnerKind.values()) {
            KINDS.put(CellText.key(kind.name()), kind);
            for (Locale language : Languages.SUPPORTED) {
                KINDS.put(CellText.key(Texts.get(language, "LearnerKind." + kind.name())), kind);
            }
        }
        Map.of("team", LearnerKind.TEAM_MEMBER, "teammember", LearnerKind.TEAM_MEMBER,
                "komanda", LearnerKind.TEAM_MEMBER, "komandaslocekle", LearnerKind.TEAM_MEMBER,
                "dalibniece", LearnerKind.PARTICIPANT).forEach(KINDS::putIfAbsent);

        for (TeamRole role : TeamRole.values()) {
            TEAM_ROLES.put(CellText.key(role.name()), role);
            for (Locale language : Languages.SUPPORTED) {
                TEAM_ROLES.put(CellText.key(Texts.get(language, "TeamRole." + role.name())), role);
            }
        }
        // Latvian feminine forms and short names
        Map.of("mentore", TeamRole.MENTOR, "jauniesulidere", TeamRole.YOUTH_LEADER, "trenere", TeamRole.TRAINER,
                "vaditajs", TeamRole.FACILITATOR, "vaditaja", TeamRole.FACILITATOR, "fasilitators", TeamRole.FACILITATOR,
                "fasilitatore", TeamRole.FACILITATOR, "koucs", TeamRole.COACH, "cits", TeamRole.OTHER)
                .forEach(TEAM_ROLES::putIfAbsent);

        for (Locale certificateLanguage : Languages.SUPPORTED) {
            String tag = certificateLanguage.toLanguageTag();
            LANGUAGES.put(CellText.key(tag), tag);
            LANGUAGES.put(CellText.key(certificateLanguage.getISO3Language()), tag);
            for (Locale language : Languages.SUPPORTED) {
                LANGUAGES.put(CellText.key(certificateLanguage.getDisplayLanguage(language)), tag);
            }
        }
    }

    private Choices() {
    }

    /** The ISO 3166 code for a two- or three-letter code or a country's name in English or Latvian. */
    static Optional<String> country(String value) {
        return Optional.ofNullable(COUNTRIES.get(CellText.key(value)));
    }

    static Optional<LearnerKind> kind(String value) {
        return Optional.ofNullable(KINDS.get(CellText.key(value)));
    }

    static Optional<TeamRole> teamRole(String value) {
        return Optional.ofNullable(TEAM_ROLES.get(CellText.key(value)));
    }

    /** The language tag ("lv") for a tag, a three-letter code or a language's name. */
    static Optional<String> certificateLanguage(String value) {
        return Optional.ofNullable(LANGUAGES.get(CellText.key(value)));
    }

    /** 2005-03-14, 14.03.2005 (also with a final dot, as Latvians write it), 14/03/2005, 14-03-2005. */
    static Optional<LocalDate> date(String value) {
        String text = CellText.clean(value);
        try {
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1))));
            }
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
