package eu.youthpass.person.importing;

import eu.youthpass.person.Person;
import eu.youthpass.person.PersonForm;
import eu.youthpass.person.TeamRole;
import eu.youthpass.platform.i18n.Languages;
import eu.youthpass.platform.web.EmailValidator;
import eu.youthpass.platform.web.NameValidator;
import eu.youthpass.project.number.LearnerKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static eu.youthpass.person.importing.ImportProblem.Kind;

/**
 * A sheet's rows understood: the first row with anything in it holds the headings, each row after it describes one
 * person and is checked as the person form checks, plus what only a list can get wrong (the same address twice).
 */
final class PeopleSheet {

    /** "Team member (Mentor)", "Team member: Mentor", "Komandas loceklis – Mentors". */
    private static final Pattern KIND_WITH_ROLE = Pattern.compile("(.+?)\\s*(?:\\(|:|\\s[-–—]\\s)\\s*(.+?)\\s*\\)?");
    private static final Pattern LANGUAGE_SEPARATORS = Pattern.compile("[,;/\\s]+");
    private static final Pattern ACTIVITY_SEPARATORS = Pattern.compile(";|\\r\\n|\\r|\\n");

    private final Map<PersonColumn, Integer> columns;
    private final ImportTarget target;
    private final Map<String, ImportTarget.ActivityChoice> activitiesByTitle = new HashMap<>();
    private final Map<String, Integer> firstRowOfEmail = new HashMap<>();

    private PeopleSheet(Map<PersonColumn, Integer> columns, ImportTarget target) {
        this.columns = columns;
        this.target = target;
        target.activities().forEach(a -> activitiesByTitle.putIfAbsent(CellText.title(a.title()), a));
    }

    static ImportPreview check(List<RawRow> rows, ImportTarget target) {
        List<RawRow> filled = rows.stream().filter(r -> !r.isBlank()).toList();
        if (filled.isEmpty()) {
            return ImportPreview.unreadable(ImportProblem.of(Kind.EMPTY_FILE));
        }
        RawRow headings = filled.get(0);
        List<ImportProblem> fileProblems = new ArrayList<>();
        Map<PersonColumn, Integer> columns = new EnumMap<>(PersonColumn.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headings.cells().size(); i++) {
            String heading = CellText.clean(headings.cell(i));
            if (heading.isEmpty()) {
                continue;
            }
            Optional<PersonColumn> column = PersonColumn.forHeading(heading);
            if (column.isEmpty()) {
                unknown.add(heading);
            } else if (columns.containsKey(column.get())) {
                fileProblems.add(ImportProblem.of(Kind.DUPLICATE_COLUMN, column.get()));
            } else {
                columns.put(column.get(), i);
            }
        }
        if (columns.isEmpty()) {
            return ImportPreview.unreadable(ImportProblem.of(Kind.NO_HEADINGS, PersonColumn.requiredColumns()));
        }
        for (PersonColumn required : PersonColumn.requiredColumns()) {
            if (!columns.containsKey(required)) {
                fileProblems.add(ImportProblem.of(Kind.MISSING_COLUMN, required));
            }
        }
        unknown.forEach(heading -> fileProblems.add(ImportProblem.of(Kind.UNKNOWN_COLUMN, heading)));
        List<RawRow> people = filled.subList(1, filled.size());
        if (people.isEmpty()) {
            fileProblems.add(ImportProblem.of(Kind.NO_ROWS));
        } else if (people.size() > PeopleImport.MAX_PEOPLE) {
            fileProblems.add(ImportProblem.of(Kind.TOO_MANY_ROWS, PeopleImport.MAX_PEOPLE));
        }
        if (fileProblems.stream().anyMatch(ImportProblem::isError)) {
            return new ImportPreview(fileProblems, List.of());
        }
        PeopleSheet sheet = new PeopleSheet(columns, target);
        return new ImportPreview(fileProblems, people.stream().map(sheet::person).toList());
    }

    private ImportRow person(RawRow row) {
        List<ImportProblem> problems = new ArrayList<>();
        PersonForm form = new PersonForm();

        String firstName = value(row, PersonColumn.FIRST_NAME);
        String lastName = value(row, PersonColumn.LAST_NAME);
        String email = value(row, PersonColumn.EMAIL);
        form.setFirstName(name(PersonColumn.FIRST_NAME, firstName, true, problems));
        form.setLastName(name(PersonColumn.LAST_NAME, lastName, true, problems));
        form.setEmail(email(row.number(), email, problems));
        form.setResidenceCountry(country(value(row, PersonColumn.RESIDENCE_COUNTRY), problems));
        role(value(row, PersonColumn.ROLE), value(row, PersonColumn.TEAM_ROLE), form, problems);
        form.setBirthDate(birthDate(value(row, PersonColumn.BIRTH_DATE), problems));
        form.setBirthPlace(name(PersonColumn.BIRTH_PLACE, value(row, PersonColumn.BIRTH_PLACE), false, problems));
        languages(value(row, PersonColumn.CERTIFICATE_LANGUAGES), form, problems);
        form.setActivityIds(activities(raw(row, PersonColumn.ACTIVITIES), problems));

        boolean ready = problems.stream().noneMatch(ImportProblem::isError);
        return new ImportRow(row.number(), firstName, lastName, email, ready ? form : null, problems);
    }

    private String raw(RawRow row, PersonColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private String value(RawRow row, PersonColumn column) {
        return CellText.clean(raw(row, column));
    }

    /** Names and places are printed on certificates: the same rule as the form's name validator. */
    private static String name(PersonColumn column, String value, boolean required, List<ImportProblem> problems) {
        int max = column == PersonColumn.BIRTH_PLACE ? Person.PLACE_MAX_LENGTH : Person.NAME_MAX_LENGTH;
        if (value.isEmpty()) {
            if (required) {
                problems.add(ImportProblem.of(Kind.REQUIRED, column));
            }
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            problems.add(ImportProblem.of(Kind.TOO_LONG, column, String.valueOf(max)));
        } else if (!NameValidator.isPrintableName(value)) {
            problems.add(ImportProblem.of(Kind.NOT_PRINTABLE, column, value));
        }
        return value;
    }

    private String email(int rowNumber, String value, List<ImportProblem> problems) {
        PersonColumn column = PersonColumn.EMAIL;
        if (value.isEmpty()) {
            problems.add(ImportProblem.of(Kind.REQUIRED, column));
            return null;
        }
        if (value.length() > Person.EMAIL_MAX_LENGTH) {
            problems.add(ImportProblem.of(Kind.TOO_LONG, column, String.valueOf(Person.EMAIL_MAX_LENGTH)));
            return value;
        }
        if (!EmailValidator.isValid(value)) {
            problems.add(ImportProblem.of(Kind.EMAIL, column, value));
            return value;
        }
        String key = value.toLowerCase(Locale.ROOT);
        if (key.equals(PeopleTemplate.EXAMPLE_EMAIL)) {
            problems.add(ImportProblem.of(Kind.EXAMPLE_ROW));
        }
        Integer first = firstRowOfEmail.putIfAbsent(key, rowNumber);
        if (first != null) {
            problems.add(ImportProblem.of(Kind.DUPLICATE_IN_FILE, column, String.valueOf(first)));
        }
        if (target.isInProject(value)) {
            problems.add(ImportProblem.of(Kind.ALREADY_IN_PROJECT, column));
        }
        return value;
    }

    private static String country(String value, List<ImportProblem> problems) {
        if (value.isEmpty()) {
            problems.add(ImportProblem.of(Kind.REQUIRED, PersonColumn.RESIDENCE_COUNTRY));
            return null;
        }
        Optional<String> code = Choices.country(value);
        if (code.isEmpty()) {
            problems.add(ImportProblem.of(Kind.COUNTRY, PersonColumn.RESIDENCE_COUNTRY, value));
        }
        return code.orElse(null);
    }

    /**
     * The role column says participant or team member, optionally with the role in the team ("Team member (Mentor)"),
     * or just the role in the team ("Mentor"); a separate "Role in the team" column wins. Empty means participant.
     */
    private static void role(String roleText, String teamRoleText, PersonForm form, List<ImportProblem> problems) {
        LearnerKind kind = null;
        TeamRole teamRole = null;
        boolean understood = true;
        if (!roleText.isEmpty()) {
            Optional<LearnerKind> asKind = Choices.kind(roleText);
            Optional<TeamRole> asTeamRole = Choices.teamRole(roleText);
            Matcher combined = KIND_WITH_ROLE.matcher(roleText);
            if (asKind.isPresent()) {
                kind = asKind.get();
            } else if (asTeamRole.isPresent()) {
                kind = LearnerKind.TEAM_MEMBER;
                teamRole = asTeamRole.get();
            } else if (combined.matches() && Choices.kind(combined.group(1)).isPresent()
                    && Choices.teamRole(combined.group(2)).isPresent()) {
                kind = Choices.kind(combined.group(1)).get();
                teamRole = Choices.teamRole(combined.group(2)).get();
            } else {
                understood = false;
                problems.add(ImportProblem.of(Kind.UNKNOWN_CHOICE, PersonColumn.ROLE, roleText, List.of(LearnerKind.values())));
            }
        }
        if (!teamRoleText.isEmpty()) {
            Optional<TeamRole> column = Choices.teamRole(teamRoleText);
            if (column.isPresent()) {
                teamRole = column.get();
            } else {
                understood = false;
                problems.add(ImportProblem.of(Kind.UNKNOWN_CHOICE, PersonColumn.TEAM_ROLE, teamRoleText,
                        List.of(TeamRole.values())));
            }
        }
        if (kind == null) {
            kind = teamRole != null ? LearnerKind.TEAM_MEMBER : LearnerKind.PARTICIPANT;
        }
        if (kind == LearnerKind.TEAM_MEMBER && teamRole == null && understood) {
            problems.add(ImportProblem.of(Kind.TEAM_ROLE_MISSING, PersonColumn.TEAM_ROLE, List.of(TeamRole.values())));
        }
        if (kind == LearnerKind.PARTICIPANT && teamRole != null) {
            problems.add(ImportProblem.of(Kind.TEAM_ROLE_IGNORED, PersonColumn.TEAM_ROLE,
                    teamRoleText.isEmpty() ? roleText : teamRoleText));
            teamRole = null;
        }
        form.setKind(kind);
        form.setTeamRole(teamRole);
    }

    private LocalDate birthDate(String value, List<ImportProblem> problems) {
        if (value.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = Choices.date(value);
        if (date.isEmpty()) {
            problems.add(ImportProblem.of(Kind.DATE, PersonColumn.BIRTH_DATE, value));
            return null;
        }
        if (!date.get().isBefore(target.today())) {
            problems.add(ImportProblem.of(Kind.DATE_NOT_PAST, PersonColumn.BIRTH_DATE, value));
        }
        return date.get();
    }

    /** Empty keeps the form's default (English); otherwise language codes or names, separated by commas. */
    private static void languages(String value, PersonForm form, List<ImportProblem> problems) {
        if (value.isEmpty()) {
            return;
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String part : LANGUAGE_SEPARATORS.split(value)) {
            if (part.isBlank()) {
                continue;
            }
            Optional<String> tag = Choices.certificateLanguage(part);
            if (tag.isPresent()) {
                tags.add(tag.get());
            } else {
                problems.add(ImportProblem.of(Kind.UNKNOWN_CHOICE, PersonColumn.CERTIFICATE_LANGUAGES, part,
                        Languages.SUPPORTED.stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "))));
            }
        }
        if (!tags.isEmpty()) {
            form.setCertificateLanguages(List.copyOf(tags));
        }
    }

    /**
     * Titles separated by semicolons (or line breaks in a cell); empty is the only activity, if there is one. A title
     * that itself has a semicolon is still found: the longest run of parts that makes a known title wins.
     */
    private List<Long> activities(String value, List<ImportProblem> problems) {
        List<Long> ids = new ArrayList<>();
        String[] parts = ACTIVITY_SEPARATORS.split(value);
        int next = 0;
        while (next < parts.length) {
            int end = parts.length;
            ImportTarget.ActivityChoice activity = null;
            for (; end > next && activity == null; end--) {
                activity = activitiesByTitle.get(CellText.title(String.join(";", Arrays.copyOfRange(parts, next, end))));
            }
            if (activity != null) {
                if (!ids.contains(activity.id())) {
                    ids.add(activity.id());
                }
                next = end + 1;
            } else {
                String title = CellText.clean(parts[next]);
                if (!title.isEmpty()) {
                    problems.add(ImportProblem.of(Kind.UNKNOWN_ACTIVITY, PersonColumn.ACTIVITIES, title, target.titles()));
                }
                next++;
            }
        }
        if (ids.isEmpty() && problems.stream().noneMatch(p -> p.kind() == Kind.UNKNOWN_ACTIVITY)) {
            if (target.activities().size() == 1) {
                ids.add(target.activities().get(0).id());
            } else {
                problems.add(ImportProblem.of(Kind.ACTIVITIES_MISSING, PersonColumn.ACTIVITIES, target.titles()));
            }
        }
        return ids;
    }
}
