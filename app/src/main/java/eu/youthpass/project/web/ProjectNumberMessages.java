package eu.youthpass.project.web;

import eu.youthpass.platform.i18n.Texts;
import eu.youthpass.project.number.Problem;

import java.util.Locale;

/** Turns a problem found in an entered project number into a sentence in the page's language. */
final class ProjectNumberMessages {

    private ProjectNumberMessages() {
    }

    static String of(Problem problem, Locale locale) {
        return Texts.format(locale, problem.kind().messageKey(), problem.arguments().toArray());
    }
}
