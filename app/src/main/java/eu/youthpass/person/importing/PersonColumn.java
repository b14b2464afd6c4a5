package eu.youthpass.person.importing;

import eu.youthpass.platform.i18n.Languages;
import eu.youthpass.platform.i18n.Texts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of the people spreadsheet, in the template's order. A heading is recognised in any supported language
 * (its translation {@code PersonColumn.<NAME>} and the matching form label) and by a few common other names, ignoring
 * case, accents, spaces and punctuation.
 */
public enum PersonColumn {
    FIRST_NAME(true, "register.field.first_name", "firstname", "firstnames", "givenname", "givennames", "forename"),
    LAST_NAME(true, "register.field.last_name", "lastname", "surname", "familyname", "uzvards"),
    EMAIL(true, "person.field.email", "email", "emailaddress", "mail", "epasts", "epastaadrese"),
    RESIDENCE_COUNTRY(true, "person.field.residence", "country", "residence", "countryofresidence",
            "residencecountry", "valsts", "dzivesvieta"),
    ROLE(false, "person.field.kind", "role", "type", "loma"),
    TEAM_ROLE(false, "person.field.team_role", "teamrole", "roleintheteam", "lomakomanda"),
    BIRTH_DATE(false, "person.field.birth_date", "dateofbirth", "birthdate", "birthday", "dob", "dzimsanasdiena"),
    BIRTH_PLACE(false, "person.field.birth_place", "placeofbirth", "birthplace"),
    CERTIFICATE_LANGUAGES(false, "person.field.languages", "certificatelanguage", "certificatelanguages",
            "language", "languages", "sertifikatavaloda", "valoda", "valodas"),
    ACTIVITIES(false, "person.field.activities", "activities", "activity", "aktivitate", "aktivitates");

    private static final Map<String, PersonColumn> BY_HEADING = new HashMap<>();

    static {
        for (PersonColumn column : values()) {
            for (String alias : column.aliases) {
                BY_HEADING.put(alias, column);
            }
            for (Locale language : Languages.SUPPORTED) {
                BY_HEADING.put(CellText.key(column.heading(language)), column);
                BY_HEADING.put(CellText.key(Texts.get(language, column.formLabelKey)), column);
            }
        }
    }

    private final boolean required;
    private final String formLabelKey;
    private final List<String> aliases;

    PersonColumn(boolean required, String formLabelKey, String... aliases) {
        this.required = required;
        this.formLabelKey = formLabelKey;
        this.aliases = List.of(aliases);
    }

    /** Every row needs a value in this column, so the heading row must have it. */
    public boolean isRequired() {
        return required;
    }

    /** The heading the template writes, e.g. "E-mail address" or "E-pasta adrese". */
    public String heading(Locale language) {
        return Texts.get(language, messageKey());
    }

    public String messageKey() {
        return "PersonColumn." + name();
    }

    public static Optional<PersonColumn> forHeading(String heading) {
        return Optional.ofNullable(BY_HEADING.get(CellText.key(heading)));
    }

    public static List<PersonColumn> requiredColumns() {
        return Stream.of(values()).filter(PersonColumn::isRequired).toList();
    }
}
