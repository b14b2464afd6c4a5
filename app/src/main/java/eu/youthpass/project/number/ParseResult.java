package eu.youthpass.project.number;

import java.util.Objects;

/** The outcome of {@link ProjectNumber#parse(String)}: a number, or the first problem found in what was entered. */
public sealed interface ParseResult {

    /** {@code trimmed} says that spaces or invisible characters were removed from the ends, so the page can say so. */
    record Valid(ProjectNumber number, boolean trimmed) implements ParseResult {

        public Valid {
            Objects.requireNonNull(number, "number");
        }
    }

    record Invalid(Problem problem) implements ParseResult {

        public Invalid {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
