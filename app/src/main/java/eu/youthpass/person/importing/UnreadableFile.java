package eu.youthpass.person.importing;

/** The file as a whole cannot be used; the problem says why, in words for the user. */
final class UnreadableFile extends Exception {

    private static final long serialVersionUID = 1L;

    private final ImportProblem problem;

    UnreadableFile(ImportProblem.Kind kind, Object... arguments) {
        this(null, kind, arguments);
    }

    UnreadableFile(Throwable cause, ImportProblem.Kind kind, Object... arguments) {
        super(kind.name(), cause);
        this.problem = ImportProblem.of(kind, arguments);
    }

    ImportProblem problem() {
        return problem;
    }
}
