package eu.youthpass.person.importing;

import eu.youthpass.person.PersonForm;
import eu.youthpass.person.TeamRole;
import eu.youthpass.person.importing.ImportProblem.Kind;
import eu.youthpass.project.number.LearnerKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static eu.youthpass.person.importing.Sheets.HEADINGS;
import static eu.youthpass.person.importing.Sheets.TWO_ACTIVITIES;
import static eu.youthpass.person.importing.Sheets.csv;
import static eu.youthpass.person.importing.Sheets.kinds;
import static eu.youthpass.person.importing.Sheets.onlyRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every problem a row can have, and the values it understands. */
class RowProblemsTest {

    private ImportRow row(String values) {
        return onlyRow(csv("First name,Last name,E-mail address,Country of residence,Role,Role in the team,"
                + "Date of birth,Place of birth,Certificate languages,Activities\n" + values + "\n"));
    }

    private ImportRow rowWithErrors(String values, Kind... expected) {
        ImportRow row = row(values);
        assertFalse(row.isReady(), "a row with an error is skipped");
        assertNull(row.person());
        assertEquals(List.of(expected), kinds(row));
        return row;
    }

    @Test
    void missingRequiredValues() {
        ImportRow row = rowWithErrors(",,,,Participant,,,,,", Kind.REQUIRED, Kind.REQUIRED, Kind.REQUIRED, Kind.REQUIRED);
        assertEquals(List.of(PersonColumn.FIRST_NAME, PersonColumn.LAST_NAME, PersonColumn.EMAIL, PersonColumn.RESIDENCE_COUNTRY),
                row.problems().stream().map(p -> p.arguments().get(0)).toList());
    }

    @Test
    void namesWithEmojiOrSymbolsAreNotPrintable() {
        ImportRow row = rowWithErrors("Anna 😀,Liepa™,anna@example.org,LV,,,,Rīga ★,,", Kind.NOT_PRINTABLE,
                Kind.NOT_PRINTABLE, Kind.NOT_PRINTABLE);
        assertEquals(List.of(PersonColumn.FIRST_NAME, "Anna 😀"), row.problems().get(0).arguments());
        assertTrue(row("Jean-Luc,O’Brien-Ōta,jl@example.org,FR,,,,Saint-Étienne,,").isReady());
    }

    @Test
    void tooLongNames() {
        ImportRow row = rowWithErrors("A" + "a".repeat(100) + ",Liepa,anna@example.org,LV,,,,,,", Kind.TOO_LONG);
        assertEquals(List.of(PersonColumn.FIRST_NAME, "100"), row.problems().get(0).arguments());
    }

    @Test
    void invalidEmail() {
        ImportRow row = rowWithErrors("Anna,Liepa,anna@example,LV,,,,,,", Kind.EMAIL);
        assertEquals(List.of(PersonColumn.EMAIL, "anna@example"), row.problems().get(0).arguments());
        rowWithErrors("Anna,Liepa,anna liepa@example.org,LV,,,,,,", Kind.EMAIL);
    }

    @Test
    void countriesByCodeOrNameInEnglishOrLatvian() {
        assertEquals("LV", row("Anna,Liepa,a@example.org,lv,,,,,,").person().getResidenceCountry());
        assertEquals("LV", row("Anna,Liepa,a@example.org,LVA,,,,,,").person().getResidenceCountry());
        assertEquals("DE", row("Anna,Liepa,a@example.org,Germany,,,,,,").person().getResidenceCountry());
        assertEquals("DE", row("Anna,Liepa,a@example.org,Vācija,,,,,,").person().getResidenceCountry());
        assertEquals("DE", row("Anna,Liepa,a@example.org,vacija,,,,,,").person().getResidenceCountry());
        assertEquals("GB", row("Anna,Liepa,a@example.org,United Kingdom,,,,,,").person().getResidenceCountry());
        assertEquals("TR", row("Anna,Liepa,a@example.org,Turkey,,,,,,").person().getResidenceCountry());
        ImportRow row = rowWithErrors("Anna,Liepa,a@example.org,Atlantis,,,,,,", Kind.COUNTRY);
        assertEquals(List.of(PersonColumn.RESIDENCE_COUNTRY, "Atlantis"), row.problems().get(0).arguments());
    }

    @Test
    void rolesInEitherLanguageAndWithTheRoleInTheTeam() {
        assertEquals(LearnerKind.PARTICIPANT, row("A,B,a@example.org,LV,,,,,,").person().getKind());
        assertEquals(LearnerKind.PARTICIPANT, row("A,B,a@example.org,LV,dalībnieks,,,,,").person().getKind());
        PersonForm combined = row("A,B,a@example.org,LV,Team member (Youth leader),,,,,").person();
        assertEquals(LearnerKind.TEAM_MEMBER, combined.getKind());
        assertEquals(TeamRole.YOUTH_LEADER, combined.getTeamRole());
        assertEquals(TeamRole.COACH, row("A,B,a@example.org,LV,Komandas loceklis: Koučs,,,,,").person().getTeamRole());
        PersonForm roleOnly = row("A,B,a@example.org,LV,Trainer,,,,,").person();
        assertEquals(LearnerKind.TEAM_MEMBER, roleOnly.getKind());
        assertEquals(TeamRole.TRAINER, roleOnly.getTeamRole());
        PersonForm teamRoleColumn = row("A,B,a@example.org,LV,,Vadītājs (fasilitators),,,,").person();
        assertEquals(LearnerKind.TEAM_MEMBER, teamRoleColumn.getKind());
        assertEquals(TeamRole.FACILITATOR, teamRoleColumn.getTeamRole());
    }

    @Test
    void roleProblems() {
        ImportRow unknown = rowWithErrors("A,B,a@example.org,LV,Boss,,,,,", Kind.UNKNOWN_CHOICE);
        assertEquals(List.of(PersonColumn.ROLE, "Boss", List.of(LearnerKind.values())), unknown.problems().get(0).arguments());
        ImportRow unknownTeamRole = rowWithErrors("A,B,a@example.org,LV,Team member,Cook,,,,", Kind.UNKNOWN_CHOICE);
        assertEquals(List.of(PersonColumn.TEAM_ROLE, "Cook", List.of(TeamRole.values())),
                unknownTeamRole.problems().get(0).arguments());
        rowWithErrors("A,B,a@example.org,LV,Team member,,,,,", Kind.TEAM_ROLE_MISSING);

        ImportRow participantWithTeamRole = row("A,B,a@example.org,LV,Participant,Mentor,,,,");
        assertTrue(participantWithTeamRole.isReady(), "a warning only");
        assertEquals(List.of(Kind.TEAM_ROLE_IGNORED), kinds(participantWithTeamRole));
        assertNull(participantWithTeamRole.person().getTeamRole());
    }

    @Test
    void datesInTheUsualWaysButInThePast() {
        assertEquals(LocalDate.of(2005, 3, 14), row("A,B,a@example.org,LV,,,2005-03-14,,,").person().getBirthDate());
        assertEquals(LocalDate.of(2005, 3, 14), row("A,B,a@example.org,LV,,,14.03.2005,,,").person().getBirthDate());
        assertEquals(LocalDate.of(2005, 3, 4), row("A,B,a@example.org,LV,,,4.3.2005.,,,").person().getBirthDate());
        assertEquals(LocalDate.of(2005, 3, 14), row("A,B,a@example.org,LV,,,14/03/2005,,,").person().getBirthDate());
        rowWithErrors("A,B,a@example.org,LV,,,03/14/2005,,,", Kind.DATE);
        rowWithErrors("A,B,a@example.org,LV,,,31.02.2005,,,", Kind.DATE);
        ImportRow words = rowWithErrors("A,B,a@example.org,LV,,,14 March 2005,,,", Kind.DATE);
        assertEquals(List.of(PersonColumn.BIRTH_DATE, "14 March 2005"), words.problems().get(0).arguments());
        rowWithErrors("A,B,a@example.org,LV,,,2026-06-01,,,", Kind.DATE_NOT_PAST);
        rowWithErrors("A,B,a@example.org,LV,,,01.01.2030,,,", Kind.DATE_NOT_PAST);
    }

    @Test
    void certificateLanguagesByCodeOrName() {
        assertEquals(List.of("en"), row("A,B,a@example.org,LV,,,,,,").person().getCertificateLanguages(),
                "empty is the form's default");
        assertEquals(List.of("lv", "en"), row("A,B,a@example.org,LV,,,,,\"latviešu, English, lv\",").person()
                .getCertificateLanguages());
        assertEquals(List.of("en", "lv"), row("A,B,a@example.org,LV,,,,,EN;LV,").person().getCertificateLanguages());
        ImportRow unknown = rowWithErrors("A,B,a@example.org,LV,,,,,\"en, de\",", Kind.UNKNOWN_CHOICE);
        assertEquals(List.of(PersonColumn.CERTIFICATE_LANGUAGES, "de", "en, lv"), unknown.problems().get(0).arguments());
    }

    @Test
    void activitiesByTitle() {
        ImportRow unknown = rowWithErrors("A,B,a@example.org,LV,,,,,,Summer camp", Kind.UNKNOWN_ACTIVITY);
        assertEquals(List.of(PersonColumn.ACTIVITIES, "Summer camp", "Exchange in Ventspils"), unknown.problems().get(0).arguments());

        ImportPreview twoActivities = csv(HEADINGS + ",Activities\nA,B,a@example.org,LV,\n", TWO_ACTIVITIES);
        ImportRow missing = onlyRow(twoActivities);
        assertEquals(List.of(Kind.ACTIVITIES_MISSING), kinds(missing));
        assertEquals(List.of(PersonColumn.ACTIVITIES, "Exchange in Ventspils; Preparatory visit"), missing.problems().get(0).arguments());

        ImportRow noColumn = onlyRow(csv(HEADINGS + "\nA,B,a@example.org,LV\n", TWO_ACTIVITIES));
        assertEquals(List.of(Kind.ACTIVITIES_MISSING), kinds(noColumn));
    }

    @Test
    void theTemplatesExampleRowIsSkipped() {
        rowWithErrors("Jānis,Bērziņš,Janis.Berzins@example.org,LV,,,,,,", Kind.EXAMPLE_ROW);
    }

    @Test
    void theSameAddressTwiceOrAlreadyInTheProjectAreWarnings() {
        ImportPreview preview = csv(HEADINGS + """

                Anna,Liepa,anna@example.org,LV
                Oskars,Kalns,oskars@example.org,LV
                Anna,Liepa,ANNA@example.org,LV
                Dace,Known,known@example.org,LV
                """);
        assertEquals(4, preview.readyCount(), "warnings do not stop a row");
        assertEquals(2, preview.warningCount());
        ImportRow twice = preview.rows().get(2);
        assertEquals(List.of(Kind.DUPLICATE_IN_FILE), kinds(twice));
        assertEquals(List.of(PersonColumn.EMAIL, "2"), twice.problems().get(0).arguments());
        assertEquals(List.of(Kind.ALREADY_IN_PROJECT), kinds(preview.rows().get(3)));
    }

    @Test
    void everyProblemOfARowIsListed() {
        ImportRow row = row("😀,,nobody,Atlantis,Boss,,yesterday,,de,Camp");
        assertEquals(List.of(Kind.NOT_PRINTABLE, Kind.REQUIRED, Kind.EMAIL, Kind.COUNTRY, Kind.UNKNOWN_CHOICE, Kind.DATE,
                Kind.UNKNOWN_CHOICE, Kind.UNKNOWN_ACTIVITY), kinds(row));
    }
}
