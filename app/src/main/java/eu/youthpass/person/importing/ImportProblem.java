package eu.youthpass.person.importing;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Something wrong with an uploaded file or one of its rows. The arguments fill the message's placeholders in order
 * ({@link Kind} says which); they are strings (so row numbers print as {@code 1001}, not {@code 1,001}), or enum
 * constants and lists of them, which the page shows by their translated names ({@code PersonColumn.EMAIL},
 * {@code TeamRole.MENTOR}).
 *
 * <pre>
 * ImportProblem p = new ImportProblem(Kind.EMAIL, List.of(PersonColumn.EMAIL, "anna@"));
 * p.kind().messageKey();   // "import.problem.email": "{0}: “{1}” is not an e-mail address like name@example.org."
 * </pre>
 */
public record ImportProblem(Kind kind, List<Object> arguments) implements Serializable {

    public enum Severity {
        /** The row is skipped; at file level nothing is read. */
        ERROR,
        /** Shown, but the row is imported all the same. */
        WARNING
    }

    /** What can be wrong, with the message key's placeholders in the comment. */
    public enum Kind {
        /** {0} maximum size in MB */
        TOO_LARGE,
        EMPTY_FILE,
        UNKNOWN_TYPE,
        OLD_EXCEL,
        CORRUPT,
        /** {0} maximum unpacked size in MB */
        UNPACKED_TOO_LARGE,
        NOT_UTF8,
        /** {0} row where the quoted value starts */
        OPEN_QUOTE,
        /** {0} maximum number of people */
        TOO_MANY_ROWS,
        /** {0} the required columns */
        NO_HEADINGS,
        /** {0} column */
        MISSING_COLUMN,
        /** {0} column */
        DUPLICATE_COLUMN,
        /** {0} the heading as written */
        UNKNOWN_COLUMN(Severity.WARNING),
        NO_ROWS,

        /** {0} column */
        REQUIRED,
        /** {0} column, {1} maximum length */
        TOO_LONG,
        /** {0} column, {1} value */
        NOT_PRINTABLE,
        /** {0} column, {1} value */
        EMAIL,
        /** {0} column, {1} value */
        COUNTRY,
        /** {0} column, {1} value, {2} the possible values */
        UNKNOWN_CHOICE,
        /** {0} column, {1} the possible roles */
        TEAM_ROLE_MISSING,
        /** {0} column, {1} value */
        TEAM_ROLE_IGNORED(Severity.WARNING),
        /** {0} column, {1} value */
        DATE,
        /** {0} column, {1} value */
        DATE_NOT_PAST,
        /** {0} column, {1} value, {2} the project's activity titles */
        UNKNOWN_ACTIVITY,
        /** {0} column, {1} the project's activity titles */
        ACTIVITIES_MISSING,
        EXAMPLE_ROW,
        /** {0} column, {1} the row that has the same address first */
        DUPLICATE_IN_FILE(Severity.WARNING),
        /** {0} column */
        ALREADY_IN_PROJECT(Severity.WARNING);

        private final Severity severity;

        Kind() {
            this(Severity.ERROR);
        }

        Kind(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }

        /** For example {@code import.problem.already_in_project}. */
        public String messageKey() {
            return "import.problem." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ImportProblem {
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(Kind kind, Object... arguments) {
        return new ImportProblem(kind, List.of(arguments));
    }

    public boolean isError() {
        return kind.severity() == Severity.ERROR;
    }

    public boolean isWarning() {
        return kind.severity() == Severity.WARNING;
    }
}
