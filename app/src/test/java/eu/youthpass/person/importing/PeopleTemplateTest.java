package eu.youthpass.person.importing;

import eu.youthpass.person.importing.ImportProblem.Kind;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static eu.youthpass.person.importing.Sheets.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The template's headings are in the user's language, and the reader reads back what the template writes. */
class PeopleTemplateTest {

    private static final Locale LATVIAN = Locale.forLanguageTag("lv");
    private static final ImportTarget TWO_ACTIVITIES = new ImportTarget(List.of(
            new ImportTarget.ActivityChoice(7, "Jauniešu apmaiņa “Jūra”; 1. daļa"),
            new ImportTarget.ActivityChoice(8, "Sagatavošanās vizīte")), java.util.Set.of(), TODAY);

    @Test
    void latvianWorkbookHasLatvianHeadingsAndARealDateCell() throws IOException {
        byte[] xlsx = PeopleTemplate.xlsx(LATVIAN, List.of("Sagatavošanās vizīte"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row headings = workbook.getSheetAt(0).getRow(0);
            List<String> texts = new ArrayList<>();
            headings.forEach(c -> texts.add(c.getStringCellValue()));
            assertEquals(List.of("Vārds", "Uzvārds", "E-pasta adrese", "Dzīvesvietas valsts", "Loma", "Loma komandā",
                    "Dzimšanas datums", "Dzimšanas vieta", "Sertifikāta valodas", "Aktivitātes"), texts);
            assertEquals("Cilvēki", workbook.getSheetAt(0).getSheetName());
            Cell birthDate = workbook.getSheetAt(0).getRow(1).getCell(PersonColumn.BIRTH_DATE.ordinal());
            assertEquals(CellType.NUMERIC, birthDate.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(birthDate));
            assertEquals(LocalDate.of(2005, 3, 14), birthDate.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Dalībnieks", workbook.getSheetAt(0).getRow(1).getCell(PersonColumn.ROLE.ordinal()).getStringCellValue());
        }
    }

    @Test
    void englishHeadings() {
        assertEquals(List.of("First name", "Last name", "E-mail address", "Country of residence", "Role", "Role in the team",
                "Date of birth", "Place of birth", "Certificate languages", "Activities"), PeopleTemplate.headings(Locale.ENGLISH));
    }

    @Test
    void everyTemplateReadsBackWithOnlyTheExampleRowToSkip() {
        List<String> titles = TWO_ACTIVITIES.activities().stream().map(ImportTarget.ActivityChoice::title).toList();
        for (Locale language : List.of(Locale.ENGLISH, LATVIAN)) {
            byte[][] files = {PeopleTemplate.xlsx(language, titles), PeopleTemplate.csv(language, titles)};
            String[] names = {"template.xlsx", "template.csv"};
            for (int i = 0; i < files.length; i++) {
                ImportPreview preview = PeopleImport.read(names[i], files[i], TWO_ACTIVITIES);
                assertTrue(preview.fileProblems().isEmpty(), language + " " + names[i] + ": " + preview.fileProblems());
                ImportRow example = Sheets.onlyRow(preview);
                assertEquals(List.of(Kind.EXAMPLE_ROW), Sheets.kinds(example), language + " " + names[i]);
            }
        }
    }

    @Test
    void theExampleWithAnotherAddressIsReady() {
        String csv = new String(PeopleTemplate.csv(LATVIAN, List.of("Jauniešu apmaiņa “Jūra”; 1. daļa", "Sagatavošanās vizīte")),
                StandardCharsets.UTF_8).replace(PeopleTemplate.EXAMPLE_EMAIL, "janis@example.lv");
        ImportRow row = Sheets.onlyRow(PeopleImport.read("cilveki.csv", csv.getBytes(StandardCharsets.UTF_8), TWO_ACTIVITIES));
        assertTrue(row.isReady(), () -> row.problems().toString());
        assertEquals(List.of(7L, 8L), row.person().getActivityIds(), "a semicolon inside a known title does not split it");
    }

    @Test
    void latvianCsvUsesSemicolonsAndAByteOrderMark() {
        String csv = new String(PeopleTemplate.csv(LATVIAN, List.of("Apmaiņa")), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFVārds;Uzvārds;E-pasta adrese;"), csv);
        assertTrue(csv.contains(";en, lv;Apmaiņa\r\n"), csv);
        String english = new String(PeopleTemplate.csv(Locale.ENGLISH, List.of("Exchange")), StandardCharsets.UTF_8);
        assertTrue(english.startsWith("\uFEFFFirst name,Last name,"), english);
        assertTrue(english.contains(",\"en, lv\",Exchange\r\n"), english);
    }

    @Test
    void aFormulaLikeActivityTitleIsWrittenAsTextNotAsAFormula() {
        String csv = new String(PeopleTemplate.csv(java.util.Locale.ENGLISH, List.of("=HYPERLINK(\"http://x\")", "@SUM(A1)")),
                java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("'=HYPERLINK"), csv);
        org.junit.jupiter.api.Assertions.assertFalse(csv.contains(",=") || csv.contains("\"=") || csv.contains(";="), csv);
        org.junit.jupiter.api.Assertions.assertEquals("plain title", PeopleTemplate.neutralised("plain title"));
        org.junit.jupiter.api.Assertions.assertEquals("'-1", PeopleTemplate.neutralised("-1"));
    }
}
