package eu.youthpass.person.web;

import eu.youthpass.person.importing.ImportProblem;
import eu.youthpass.platform.i18n.Texts;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns a problem found in an uploaded spreadsheet into a sentence in the page's language. Enum arguments (a column,
 * a role) show as their translated names, lists of them joined with commas.
 */
final class ImportMessages {

    private ImportMessages() {
    }

    static String of(ImportProblem problem, Locale locale) {
        Object[] arguments = problem.arguments().stream().map(a -> argument(a, locale)).toArray();
        return Texts.format(locale, problem.kind().messageKey(), arguments);
    }

    private static Object argument(Object argument, Locale locale) {
        if (argument instanceof Enum<?> constant) {
            return Texts.get(locale, constant.getDeclaringClass().getSimpleName() + "." + constant.name());
        }
        if (argument instanceof Collection<?> values) {
            return values.stream().map(v -> String.valueOf(argument(v, locale))).collect(Collectors.joining(", "));
        }
        return argument;
    }
}
