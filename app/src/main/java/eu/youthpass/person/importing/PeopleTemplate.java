package eu.youthpass.person.importing;

import eu.youthpass.platform.i18n.Texts;
import eu.youthpass.project.number.LearnerKind;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The spreadsheet to fill in: the headings in the user's language and one example row, which names the project's
 * own activities. The example person's address is recognised on import, so a forgotten example row is not imported.
 *
 * <pre>
 * byte[] xlsx = PeopleTemplate.xlsx(Locale.forLanguageTag("lv"), List.of("Jauniešu apmaiņa Ventspilī"));
 * byte[] csv = PeopleTemplate.csv(Locale.ENGLISH, List.of("Exchange in Ventspils"));
 * </pre>
 */
public final class PeopleTemplate {

    public static final String EXAMPLE_EMAIL = "janis.berzins@example.org";
    static final LocalDate EXAMPLE_BIRTH_DATE = LocalDate.of(2005, 3, 14);

    private PeopleTemplate() {
    }

    public static List<String> headings(Locale language) {
        return Arrays.stream(PersonColumn.values()).map(c -> c.heading(language)).toList();
    }

    /** The example row as text, in the order of the headings. */
    static List<String> example(Locale language, List<String> activityTitles) {
        List<String> row = new ArrayList<>();
        for (PersonColumn column : PersonColumn.values()) {
            row.add(switch (column) {
                case FIRST_NAME -> "Jānis";
                case LAST_NAME -> "Bērziņš";
                case EMAIL -> EXAMPLE_EMAIL;
                case RESIDENCE_COUNTRY -> "LV";
                case ROLE -> Texts.get(language, "LearnerKind." + LearnerKind.PARTICIPANT.name());
                case TEAM_ROLE -> "";
                case BIRTH_DATE -> EXAMPLE_BIRTH_DATE.toString();
                case BIRTH_PLACE -> "Rīga";
                case CERTIFICATE_LANGUAGES -> "en, lv";
                case ACTIVITIES -> String.join("; ", activityTitles);
            });
        }
        return row;
    }

    /** An Excel workbook: bold headings that stay in view, the example's date as a real date cell. */
    public static byte[] xlsx(Locale language, List<String> activityTitles) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(Texts.get(language, "import.template.sheet"));
            CellStyle headingStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headingStyle.setFont(bold);
            headingStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            headingStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            headingStyle.setBorderBottom(BorderStyle.THIN);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            List<String> headings = headings(language);
            List<String> example = example(language, activityTitles);
            Row headingRow = sheet.createRow(0);
            Row exampleRow = sheet.createRow(1);
            for (int i = 0; i < headings.size(); i++) {
                Cell heading = headingRow.createCell(i);
                heading.setCellValue(headings.get(i));
                heading.setCellStyle(headingStyle);
                Cell cell = exampleRow.createCell(i);
                if (PersonColumn.values()[i] == PersonColumn.BIRTH_DATE) {
                    cell.setCellValue(EXAMPLE_BIRTH_DATE);
                    cell.setCellStyle(dateStyle);
                } else {
                    cell.setCellValue(example.get(i));
                }
                sheet.setColumnWidth(i, 256 * Math.max(14, Math.min(40, Math.max(headings.get(i).length(),
                        example.get(i).length()) + 2)));
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * UTF-8 with a byte order mark (without it Excel takes the file for the local code page and garbles "ā"),
     * separated the way Excel in that language expects: semicolons in Latvian, commas in English.
     */
    public static byte[] csv(Locale language, List<String> activityTitles) {
        char separator = "lv".equals(language.getLanguage()) ? ';' : ',';
        String text = "\uFEFF" + line(headings(language), separator) + line(example(language, activityTitles), separator);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells, char separator) {
        return cells.stream().map(c -> quoted(c, separator)).collect(Collectors.joining(String.valueOf(separator))) + "\r\n";
    }

    static String quoted(String raw, char separator) {
        String value = neutralised(raw);
        if (value.indexOf(separator) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /**
     * A cell that starts like a formula (an activity title "=HYPERLINK(…)") gets a leading apostrophe, so a
     * spreadsheet program shows it as text instead of running it (OWASP: CSV injection).
     */
    static String neutralised(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
