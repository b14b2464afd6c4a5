package eu.youthpass.person.importing;

import java.util.List;

/**
 * Reads an uploaded spreadsheet of people into a preview; saves nothing.
 *
 * <pre>
 * ImportTarget target = new ImportTarget(activities, emailsInProject, LocalDate.now());
 * ImportPreview preview = PeopleImport.read(upload.getFileName(), upload.getContent(), target);
 * if (preview.readyCount() &gt; 0) { … show it, and on "Import" save preview.people() … }
 * </pre>
 */
public final class PeopleImport {

    /** People per file: enough for the largest exchange, small enough to check and show at once. */
    public static final int MAX_PEOPLE = 1000;
    public static final int MAX_MEGABYTES = 2;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    private PeopleImport() {
    }

    /** Never throws for what is in the file: whatever is wrong with it is in the preview's problems. */
    public static ImportPreview read(String fileName, byte[] content, ImportTarget target) {
        try {
            List<RawRow> rows = SpreadsheetFile.rows(fileName, content, MAX_PEOPLE + 1);
            return PeopleSheet.check(rows, target);
        } catch (UnreadableFile unreadable) {
            return ImportPreview.unreadable(unreadable.problem());
        }
    }
}
