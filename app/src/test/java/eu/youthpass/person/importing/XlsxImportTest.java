package eu.youthpass.person.importing;

import eu.youthpass.person.TeamRole;
import eu.youthpass.person.importing.ImportProblem.Kind;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import static eu.youthpass.person.importing.Sheets.ONE_ACTIVITY;
import static eu.youthpass.person.importing.Sheets.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading Excel workbooks built here with POI: text, number and real date cells, gaps, several sheets, limits. */
class XlsxImportTest {

    static byte[] workbook(Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text) {
                row.createCell(i).setCellValue(text);
            } else if (values[i] instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            }
        }
    }

    static ImportPreview read(byte[] xlsx) {
        return PeopleImport.read("people.xlsx", xlsx, ONE_ACTIVITY);
    }

    @Test
    void latvianHeadingsTextAndDateCells() {
        byte[] xlsx = workbook(book -> {
            Sheet sheet = book.createSheet("Cilvēki");
            CellStyle latvianDate = book.createCellStyle();
            latvianDate.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle longDate = book.createCellStyle();
            longDate.setDataFormat(book.createDataFormat().getFormat("d mmmm yyyy"));
            row(sheet, 0, "Vārds", "Uzvārds", "E-pasta adrese", "Dzīvesvietas valsts", "Loma", "Dzimšanas datums", "Aktivitātes");
            row(sheet, 1, "Jānis", "Bērziņš", "janis@example.org", "Latvija", "Dalībnieks");
            sheet.getRow(1).createCell(5).setCellValue(LocalDate.of(2005, 3, 14));
            sheet.getRow(1).getCell(5).setCellStyle(latvianDate);
            // row 3 is left empty; row 4 has a gap (no role cell) and a date shown with the month's name
            row(sheet, 3, "Ζωή", "Παπαδοπούλου", "zoe@example.org", "GR");
            sheet.getRow(3).createCell(5).setCellValue(LocalDate.of(1999, 12, 31));
            sheet.getRow(3).getCell(5).setCellStyle(longDate);
            sheet.getRow(3).createCell(6).setCellValue("Exchange in Ventspils");
        });
        ImportPreview preview = read(xlsx);
        assertTrue(preview.isReadable(), () -> preview.fileProblems().toString());
        assertEquals(2, preview.readyCount(), () -> preview.rows().toString());
        assertEquals(List.of(2, 4), preview.rows().stream().map(ImportRow::number).toList());
        assertEquals(LocalDate.of(2005, 3, 14), preview.rows().get(0).person().getBirthDate());
        assertEquals("LV", preview.rows().get(0).person().getResidenceCountry());
        assertEquals(LocalDate.of(1999, 12, 31), preview.rows().get(1).person().getBirthDate());
        assertEquals("Ζωή", preview.rows().get(1).person().getFirstName());
    }

    @Test
    void numbersAndDatesTypedAsText() {
        byte[] xlsx = workbook(book -> {
            Sheet sheet = book.createSheet();
            row(sheet, 0, "First name", "Last name", "E-mail", "Country", "Date of birth", "Place of birth", "Role in the team");
            row(sheet, 1, "Anna", "Liepa", "anna@example.org", "LV", "01.02.2003", 1905, "Mentor");
            row(sheet, 2, "Oskars", "Kalns", "oskars@example.org", "LV", 37000);
        });
        ImportPreview preview = read(xlsx);
        ImportRow anna = preview.rows().get(0);
        assertTrue(anna.isReady(), () -> anna.problems().toString());
        assertEquals(LocalDate.of(2003, 2, 1), anna.person().getBirthDate());
        assertEquals("1905", anna.person().getBirthPlace(), "a whole number shows without a decimal point");
        assertEquals(TeamRole.MENTOR, anna.person().getTeamRole());
        // a date typed as a plain number (no date format) is not guessed at
        assertEquals(List.of(Kind.DATE), preview.rows().get(1).problems().stream().map(ImportProblem::kind).toList());
    }

    @Test
    void onlyTheFirstSheetIsRead() {
        byte[] xlsx = workbook(book -> {
            row(book.createSheet("People"), 0, "First name", "Last name", "E-mail", "Country");
            row(book.getSheet("People"), 1, "Anna", "Liepa", "anna@example.org", "LV");
            Sheet other = book.createSheet("Notes");
            row(other, 0, "First name", "Last name", "E-mail", "Country");
            row(other, 1, "Oskars", "Kalns", "oskars@example.org", "LV");
        });
        assertEquals(List.of("Anna"), read(xlsx).rows().stream().map(ImportRow::firstName).toList());
    }

    @Test
    void anEmptyWorkbookAndOneWithoutHeadings() {
        assertEquals(Kind.EMPTY_FILE, Sheets.fileProblem(read(workbook(book -> book.createSheet()))));
        byte[] noHeadings = workbook(book -> row(book.createSheet(), 0, "Anna", "Liepa", "anna@example.org", "LV"));
        assertEquals(Kind.NO_HEADINGS, Sheets.fileProblem(read(noHeadings)));
    }

    @Test
    void atMostAThousandPeople() {
        byte[] tooMany = workbook(book -> {
            Sheet sheet = book.createSheet();
            row(sheet, 0, "First name", "Last name", "E-mail", "Country");
            for (int i = 1; i <= 1001; i++) {
                row(sheet, i, "Anna", "Liepa", "anna" + i + "@example.org", "LV");
            }
        });
        assertEquals(Kind.TOO_MANY_ROWS, Sheets.fileProblem(read(tooMany)));
    }

    @Test
    void aTruncatedWorkbookIsDamagedNotAStackTrace() {
        byte[] whole = workbook(book -> row(book.createSheet(), 0, "First name", "Last name", "E-mail", "Country"));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        assertEquals(Kind.CORRUPT, Sheets.fileProblem(read(truncated)));
    }

    @Test
    void aWorkbookThatUnpacksIntoTooMuchIsRefused() {
        // highly compressible text: small as a file, large once unpacked
        String big = "x".repeat(XlsxReader.MAX_UNPACKED_MB * 1024 * 1024 + 1);
        byte[] bomb = Sheets.zip("[Content_Types].xml", big);
        assertTrue(bomb.length < PeopleImport.MAX_BYTES);
        ImportPreview preview = read(bomb);
        assertEquals(Kind.UNPACKED_TOO_LARGE, Sheets.fileProblem(preview));
        assertFalse(preview.isReadable());
    }

    @Test
    void todayIsNotABirthDate() {
        byte[] xlsx = workbook(book -> {
            Sheet sheet = book.createSheet();
            row(sheet, 0, "First name", "Last name", "E-mail", "Country", "Date of birth");
            row(sheet, 1, "Anna", "Liepa", "anna@example.org", "LV");
            CellStyle date = book.createCellStyle();
            date.setDataFormat((short) 14);
            sheet.getRow(1).createCell(4).setCellValue(TODAY);
            sheet.getRow(1).getCell(4).setCellStyle(date);
        });
        ImportRow row = read(xlsx).rows().get(0);
        assertEquals(List.of(Kind.DATE_NOT_PAST), row.problems().stream().map(ImportProblem::kind).toList());
        assertEquals(List.of(PersonColumn.BIRTH_DATE, "2026-06-01"), row.problems().get(0).arguments());
    }
}
