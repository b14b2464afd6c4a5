package eu.youthpass.person.importing;

import eu.youthpass.person.importing.ImportProblem.Kind;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared by the import tests: a project with one or two activities, reading CSV text, picking out problems. */
final class Sheets {

    private Sheets() {
    }

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final ImportTarget ONE_ACTIVITY = new ImportTarget(
            List.of(new ImportTarget.ActivityChoice(7, "Exchange in Ventspils")), Set.of("Known@Example.org"), TODAY);
    static final ImportTarget TWO_ACTIVITIES = new ImportTarget(List.of(
            new ImportTarget.ActivityChoice(7, "Exchange in Ventspils"),
            new ImportTarget.ActivityChoice(8, "Preparatory visit")), Set.of(), TODAY);

    static final String HEADINGS = "First name,Last name,E-mail address,Country of residence";

    static ImportPreview csv(String text) {
        return csv(text, ONE_ACTIVITY);
    }

    static ImportPreview csv(String text, ImportTarget target) {
        return PeopleImport.read("people.csv", text.getBytes(StandardCharsets.UTF_8), target);
    }

    static ImportRow onlyRow(ImportPreview preview) {
        assertTrue(preview.isReadable(), () -> "file problems: " + preview.fileProblems());
        assertEquals(1, preview.rows().size(), () -> "rows: " + preview.rows());
        return preview.rows().get(0);
    }

    static List<Kind> kinds(ImportRow row) {
        return row.problems().stream().map(ImportProblem::kind).toList();
    }

    static Kind fileProblem(ImportPreview preview) {
        assertFalse(preview.isReadable(), () -> "expected the file to be refused, rows: " + preview.rows());
        assertTrue(preview.rows().isEmpty());
        return preview.fileProblems().stream().filter(ImportProblem::isError).findFirst().orElseThrow().kind();
    }

    static byte[] zip(String name, String content) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
