package eu.youthpass.project.number;

import java.util.List;
import java.util.Objects;

/**
 * The first wrong part of an entered project number. Arguments are strings so that a message format prints years as
 * {@code 2014}, not {@code 2,014}; {@link ProblemKind} documents their order.
 *
 * <pre>
 * String text = Texts.format(locale, problem.kind().messageKey(), problem.arguments().toArray());
 * </pre>
 */
public record Problem(ProblemKind kind, NumberPart part, List<String> arguments) {

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(part, "part");
        arguments = List.copyOf(arguments);
    }

    static Problem of(ProblemKind kind, NumberPart part, String... arguments) {
        return new Problem(kind, part, List.of(arguments));
    }
}
