package eu.youthpass.learning;

import eu.youthpass.platform.i18n.Languages;
import eu.youthpass.project.number.CompetenceFramework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads the reference texts of the competence frameworks ({@code i18n/competences}) outside pages: names,
 * descriptions and reflection questions of each {@link Competence}, name and introduction of each
 * {@link CompetenceFramework}. Pages use the same bundle as {@code #{competences[...]}}.
 *
 * <pre>
 * String name = CompetenceTexts.name(Competence.KC2_MULTILINGUAL, locale);      // "Multilingual competence"
 * List&lt;String&gt; questions = CompetenceTexts.questions(Competence.KC2_MULTILINGUAL, locale);
 * </pre>
 */
public final class CompetenceTexts {

    public static final String BUNDLE = "i18n.competences";

    /** Reflection questions are numbered from 1 to at most this. */
    public static final int MAX_QUESTIONS = 3;

    private CompetenceTexts() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Languages.supportedOrDefault(locale),
                CompetenceTexts.class.getClassLoader());
    }

    public static String name(Competence competence, Locale locale) {
        return get(locale, competence.key("name"));
    }

    public static String description(Competence competence, Locale locale) {
        return get(locale, competence.key("description"));
    }

    /** The reflection questions in their order; only those the bundle has (question3 is optional). */
    public static List<String> questions(Competence competence, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        List<String> questions = new ArrayList<>(MAX_QUESTIONS);
        for (int i = 1; i <= MAX_QUESTIONS; i++) {
            String key = competence.key("question" + i);
            if (bundle.containsKey(key)) {
                questions.add(bundle.getString(key));
            }
        }
        return List.copyOf(questions);
    }

    public static String frameworkName(CompetenceFramework framework, Locale locale) {
        return get(locale, frameworkKey(framework, "name"));
    }

    public static String frameworkIntro(CompetenceFramework framework, Locale locale) {
        return get(locale, frameworkKey(framework, "intro"));
    }

    static String frameworkKey(CompetenceFramework framework, String part) {
        return "framework." + framework.name() + "." + part;
    }

    private static String get(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException missing) {
            return "???" + key + "???";
        }
    }
}
