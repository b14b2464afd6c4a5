package eu.youthpass.person.importing;

import eu.youthpass.person.PersonForm;

import java.io.Serializable;
import java.util.List;

/**
 * One person's row after checking: {@code person} is the form to save, or null when the row has an error and will
 * be skipped. The names and address are shown as written, so a row with errors can still be recognised.
 */
public record ImportRow(int number, String firstName, String lastName, String email, PersonForm person,
                        List<ImportProblem> problems) implements Serializable {

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean isReady() {
        return person != null;
    }

    public boolean hasWarnings() {
        return problems.stream().anyMatch(ImportProblem::isWarning);
    }
}
