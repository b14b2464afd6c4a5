package eu.youthpass.person.importing;

import eu.youthpass.person.PersonForm;

import java.io.Serializable;
import java.util.List;

/**
 * Everything found in an uploaded file before anything is saved: problems with the file as a whole (an error there
 * means no rows were read) and every row with its own problems.
 */
public record ImportPreview(List<ImportProblem> fileProblems, List<ImportRow> rows) implements Serializable {

    public ImportPreview {
        fileProblems = List.copyOf(fileProblems);
        rows = List.copyOf(rows);
    }

    static ImportPreview unreadable(ImportProblem problem) {
        return new ImportPreview(List.of(problem), List.of());
    }

    /** False when the file could not be used at all. */
    public boolean isReadable() {
        return fileProblems.stream().noneMatch(ImportProblem::isError);
    }

    public long readyCount() {
        return rows.stream().filter(ImportRow::isReady).count();
    }

    /** Rows with an error, which will not be imported. */
    public long skippedCount() {
        return rows.size() - readyCount();
    }

    /** Ready rows that come with a warning. */
    public long warningCount() {
        return rows.stream().filter(r -> r.isReady() && r.hasWarnings()).count();
    }

    /** The people to save, in the file's order. */
    public List<PersonForm> people() {
        return rows.stream().filter(ImportRow::isReady).map(ImportRow::person).toList();
    }
}
