package eu.youthpass.person.importing;

import eu.youthpass.person.importing.ImportProblem.Kind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static eu.youthpass.person.importing.Sheets.HEADINGS;
import static eu.youthpass.person.importing.Sheets.csv;
import static eu.youthpass.person.importing.Sheets.fileProblem;
import static eu.youthpass.person.importing.Sheets.onlyRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The heading row: English or Latvian, in any case, with unknown, missing or repeated columns. */
class HeadingsTest {

    @Test
    void matchedIgnoringCaseAccentsAndPunctuation() {
        ImportRow row = onlyRow(csv("""
                FIRST NAME;surname;Email:;Country*;VARDS UN UZVARDS;Dzimsanas datums
                Anna;Liepa;anna@example.org;LV;x;2001-01-01
                """));
        assertEquals("Anna", row.person().getFirstName());
        assertEquals("Liepa", row.person().getLastName());
        assertEquals(LocalDate.of(2001, 1, 1), row.person().getBirthDate());
    }

    @Test
    void latvianAndEnglishHeadingsOfEveryColumn() {
        for (PersonColumn column : PersonColumn.values()) {
            assertEquals(column, PersonColumn.forHeading(column.heading(java.util.Locale.ENGLISH)).orElseThrow());
            assertEquals(column, PersonColumn.forHeading(column.heading(java.util.Locale.forLanguageTag("lv"))).orElseThrow());
        }
        assertEquals(PersonColumn.EMAIL, PersonColumn.forHeading("E-pasts").orElseThrow());
        assertEquals(PersonColumn.FIRST_NAME, PersonColumn.forHeading("vārds").orElseThrow());
        assertEquals(PersonColumn.ROLE, PersonColumn.forHeading("Piedalījās kā").orElseThrow());
    }

    @Test
    void anUnknownColumnIsAWarningAndIgnored() {
        ImportPreview preview = csv(HEADINGS + ",Shoe size\nAnna,Liepa,anna@example.org,LV,38\n");
        assertTrue(preview.isReadable());
        assertEquals(1, preview.readyCount());
        ImportProblem warning = preview.fileProblems().get(0);
        assertEquals(Kind.UNKNOWN_COLUMN, warning.kind());
        assertTrue(warning.isWarning());
        assertEquals(List.of("Shoe size"), warning.arguments());
    }

    @Test
    void aMissingRequiredColumnStopsTheFile() {
        ImportPreview preview = csv("First name,Last name,Country of residence\nAnna,Liepa,LV\n");
        assertEquals(Kind.MISSING_COLUMN, fileProblem(preview));
        assertEquals(List.of(PersonColumn.EMAIL), preview.fileProblems().get(0).arguments());
    }

    @Test
    void aColumnTwiceStopsTheFile() {
        assertEquals(Kind.DUPLICATE_COLUMN, fileProblem(csv(HEADINGS + ",E-mail\nAnna,Liepa,a@example.org,LV,b@example.org\n")));
    }

    @Test
    void aFirstRowWithoutHeadingsIsExplained() {
        ImportPreview preview = csv("Anna,Liepa,anna@example.org,LV\nOskars,Kalns,oskars@example.org,LV\n");
        assertEquals(Kind.NO_HEADINGS, fileProblem(preview));
        assertEquals(List.of(PersonColumn.requiredColumns()), preview.fileProblems().get(0).arguments());
    }

    @Test
    void headingsWithNobodyBelowThem() {
        assertEquals(Kind.NO_ROWS, fileProblem(csv(HEADINGS + "\n\n,,,\n")));
    }
}
