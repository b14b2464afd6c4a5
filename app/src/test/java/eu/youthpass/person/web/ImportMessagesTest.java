package eu.youthpass.person.web;

import eu.youthpass.person.importing.ImportProblem;
import eu.youthpass.person.importing.ImportRow;
import eu.youthpass.person.importing.ImportTarget;
import eu.youthpass.person.importing.PeopleImport;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Problems read as sentences in the page's language, with columns and choices by their translated names. */
class ImportMessagesTest {

    private static final Locale LATVIAN = Locale.forLanguageTag("lv");

    private static List<ImportProblem> problems(String csv) {
        ImportTarget target = new ImportTarget(List.of(new ImportTarget.ActivityChoice(1, "Apmaiņa"),
                new ImportTarget.ActivityChoice(2, "Vizīte")), Set.of(), LocalDate.of(2026, 6, 1));
        ImportRow row = PeopleImport.read("a.csv", csv.getBytes(StandardCharsets.UTF_8), target).rows().get(0);
        return row.problems();
    }

    @Test
    void columnsAndChoicesByTheirNames() {
        List<ImportProblem> problems = problems("""
                First name;Last name;E-mail;Country;Role;Activities
                ;Liepa;anna@example.org;LV;Team member;Camp
                """);
        assertEquals(List.of(
                        "First name: missing.",
                        "Role in the team: missing. A team member needs one of: Mentor, Youth leader, Trainer, Facilitator, Coach, Other.",
                        "Activities: “Camp” is not an activity of this project. Its activities are: Apmaiņa; Vizīte."),
                problems.stream().map(p -> ImportMessages.of(p, Locale.ENGLISH)).toList());
        assertEquals(List.of(
                        "Vārds: trūkst vērtības.",
                        "Loma komandā: trūkst vērtības. Komandas loceklim jānorāda viena no šīm: Mentors, Jauniešu līderis, Treneris, "
                                + "Vadītājs (fasilitators), Koučs, Cita.",
                        "Aktivitātes: “Camp” nav šī projekta aktivitāte. Projekta aktivitātes: Apmaiņa; Vizīte."),
                problems.stream().map(p -> ImportMessages.of(p, LATVIAN)).toList());
    }

    @Test
    void rowNumbersKeepTheirDigitsAndLimitsAreFormattedForTheLanguage() {
        String csv = "First name;Last name;E-mail;Country;Activities\n" + "\n".repeat(1000)
                + "Anna;Liepa;anna@example.org;LV;Vizīte\nAnna;Liepa;ANNA@example.org;LV;Vizīte\n";
        ImportTarget target = new ImportTarget(List.of(new ImportTarget.ActivityChoice(2, "Vizīte")), Set.of(),
                LocalDate.of(2026, 6, 1));
        ImportRow second = PeopleImport.read("a.csv", csv.getBytes(StandardCharsets.UTF_8), target).rows().get(1);
        assertEquals("E-mail address: the same address is also in row 1002.", ImportMessages.of(second.problems().get(0), Locale.ENGLISH));
        assertEquals("E-pasta adrese: tāda pati adrese ir arī 1002. rindā.", ImportMessages.of(second.problems().get(0), LATVIAN));

        ImportProblem tooMany = new ImportProblem(ImportProblem.Kind.TOO_MANY_ROWS, List.of(PeopleImport.MAX_PEOPLE));
        assertEquals("The file has more than 1,000 people. Please split it into smaller files.",
                ImportMessages.of(tooMany, Locale.ENGLISH));
    }
}
