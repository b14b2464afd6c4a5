package eu.youthpass.person.importing;

import eu.youthpass.person.PersonForm;
import eu.youthpass.person.TeamRole;
import eu.youthpass.person.importing.ImportProblem.Kind;
import eu.youthpass.project.number.LearnerKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static eu.youthpass.person.importing.Sheets.HEADINGS;
import static eu.youthpass.person.importing.Sheets.ONE_ACTIVITY;
import static eu.youthpass.person.importing.Sheets.TWO_ACTIVITIES;
import static eu.youthpass.person.importing.Sheets.csv;
import static eu.youthpass.person.importing.Sheets.fileProblem;
import static eu.youthpass.person.importing.Sheets.kinds;
import static eu.youthpass.person.importing.Sheets.onlyRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV files: separators, quoting, encodings, blank lines. */
class CsvImportTest {

    @Test
    void commaSeparatedRowsBecomeForms() {
        ImportPreview preview = csv("""
                First name,Last name,E-mail address,Country of residence,Role,Role in the team,Date of birth,Place of birth,Certificate languages,Activities
                Jānis,Bērziņš,janis@example.org,LV,Participant,,2005-03-14,Rīga,"en, lv",Exchange in Ventspils
                Ζωή,Παπαδοπούλου,zoe@example.org,Greece,Team member,Trainer,14.03.1990,Αθήνα,en,
                """);
        assertTrue(preview.isReadable());
        assertEquals(2, preview.readyCount());
        assertEquals(0, preview.skippedCount());

        PersonForm janis = preview.rows().get(0).person();
        assertEquals(2, preview.rows().get(0).number(), "rows are numbered as the spreadsheet shows them");
        assertEquals("Jānis", janis.getFirstName());
        assertEquals("Bērziņš", janis.getLastName());
        assertEquals("janis@example.org", janis.getEmail());
        assertEquals("LV", janis.getResidenceCountry());
        assertEquals(LearnerKind.PARTICIPANT, janis.getKind());
        assertNull(janis.getTeamRole());
        assertEquals(LocalDate.of(2005, 3, 14), janis.getBirthDate());
        assertEquals("Rīga", janis.getBirthPlace());
        assertEquals(List.of("en", "lv"), janis.getCertificateLanguages());
        assertEquals(List.of(7L), janis.getActivityIds());
        assertNull(janis.getId(), "an import only adds people");

        PersonForm zoe = preview.rows().get(1).person();
        assertEquals("GR", zoe.getResidenceCountry());
        assertEquals(LearnerKind.TEAM_MEMBER, zoe.getKind());
        assertEquals(TeamRole.TRAINER, zoe.getTeamRole());
        assertEquals(LocalDate.of(1990, 3, 14), zoe.getBirthDate());
        assertEquals(List.of(7L), zoe.getActivityIds(), "empty means the project's only activity");
    }

    @Test
    void semicolonsWithLatvianHeadingsAndByteOrderMark() {
        // what Excel in Latvia saves as "CSV UTF-8": a BOM, semicolons, commas inside values left unquoted
        ImportPreview preview = csv("\uFEFF" + """
                Vārds;Uzvārds;E-pasta adrese;Dzīvesvietas valsts;Loma;Loma komandā;Dzimšanas datums;Sertifikāta valodas;Aktivitātes\r
                Иван;Петров;ivan@example.org;Bulgārija;Komandas loceklis;Mentors;01.02.2000.;lv, en;exchange in ventspils\r
                """);
        ImportRow row = onlyRow(preview);
        assertTrue(row.isReady(), () -> kinds(row).toString());
        PersonForm ivan = row.person();
        assertEquals("Иван", ivan.getFirstName());
        assertEquals("BG", ivan.getResidenceCountry());
        assertEquals(TeamRole.MENTOR, ivan.getTeamRole());
        assertEquals(LocalDate.of(2000, 2, 1), ivan.getBirthDate());
        assertEquals(List.of("lv", "en"), ivan.getCertificateLanguages());
        assertEquals(List.of(7L), ivan.getActivityIds(), "titles match whatever their case");
    }

    @Test
    void separatorIsWhatTheHeadingRowHasMostOf() {
        assertEquals(';', CsvReader.separatorOf("Vārds;Uzvārds;\"E-pasts, darba\";Valsts"));
        assertEquals(',', CsvReader.separatorOf("First name,Last name,\"E-mail; work\",Country"));
        assertEquals('\t', CsvReader.separatorOf("First name\tLast name\tE-mail\tCountry"));
        assertEquals(',', CsvReader.separatorOf("First name"));
    }

    @Test
    void quotedValuesHoldSeparatorsQuotesAndLineBreaks() {
        ImportPreview preview = csv("""
                First name,Last name,E-mail address,Country of residence,Activities
                "Anna ""Ann""\","Liepa, jr.",anna@example.org,"LV","Exchange in Ventspils
                Preparatory visit"
                Oskars,Kalns,oskars@example.org,LV,Preparatory visit;Exchange in Ventspils
                """, TWO_ACTIVITIES);
        assertEquals(2, preview.rows().size());
        ImportRow anna = preview.rows().get(0);
        assertEquals("Anna \"Ann\"", anna.firstName());
        assertEquals("Liepa, jr.", anna.lastName());
        assertEquals(List.of(7L, 8L), anna.person().getActivityIds(), "a line break in a cell separates titles too");
        ImportRow oskars = preview.rows().get(1);
        assertEquals(3, oskars.number(), "a quoted line break does not start a new row");
        assertEquals(List.of(8L, 7L), oskars.person().getActivityIds());
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        ImportPreview preview = csv("\n" + HEADINGS + "\n\nAnna,Liepa,anna@example.org,LV\n,,,\n\nOskars,Kalns,oskars@example.org,LV");
        assertEquals(List.of(4, 7), preview.rows().stream().map(ImportRow::number).toList());
        assertEquals(2, preview.readyCount());
    }

    @Test
    void tabSeparatedUtf16AsExcelSavesUnicodeText() {
        String text = "\uFEFFFirst name\tLast name\tE-mail address\tCountry of residence\r\nŽanna\tĀboliņa\tzanna@example.org\tLatvia\r\n";
        ImportPreview preview = PeopleImport.read("people.txt", text.getBytes(StandardCharsets.UTF_16LE), ONE_ACTIVITY);
        ImportRow row = onlyRow(preview);
        assertEquals("Žanna", row.person().getFirstName());
        assertEquals("LV", row.person().getResidenceCountry());
    }

    @Test
    void aFileInAnotherEncodingIsRefusedNotGarbled() {
        byte[] windows1257 = (HEADINGS + "\nJānis,Bērziņš,janis@example.org,LV\n").getBytes(Charset.forName("windows-1257"));
        assertEquals(Kind.NOT_UTF8, fileProblem(PeopleImport.read("people.csv", windows1257, ONE_ACTIVITY)));
    }

    @Test
    void anUnclosedQuoteNamesItsRow() {
        ImportPreview preview = csv(HEADINGS + "\nAnna,Liepa,anna@example.org,LV\nOskars,\"Kalns,oskars@example.org,LV\n");
        assertEquals(Kind.OPEN_QUOTE, fileProblem(preview));
        assertEquals(List.of("3"), preview.fileProblems().get(0).arguments());
    }

    @Test
    void invisibleCharactersAndDoubledSpacesAreTidied() {
        ImportRow row = onlyRow(csv(HEADINGS + "\n\u00A0Anna\u200B  Marija ,Liepa, anna@example.org ,lv\n"));
        assertEquals("Anna Marija", row.person().getFirstName());
        assertEquals("anna@example.org", row.person().getEmail());
        assertEquals("LV", row.person().getResidenceCountry());
    }
}
