package eu.youthpass.learning;

import eu.youthpass.person.Person;
import eu.youthpass.platform.i18n.Languages;

import java.util.Locale;

/** Where a learner's personal link leads, and in which language we write to them. */
public final class LearnerLink {

    public static final String PATH = "/learn/index.xhtml?token=";

    private LearnerLink() {
    }

    /** The first language they want their certificate in: the best guess we have of the language they read. */
    public static Locale languageOf(Person person) {
        return person.getCertificateLanguageList().stream().findFirst().map(Locale::forLanguageTag)
                .map(Languages::supportedOrDefault).orElse(Languages.DEFAULT);
    }
}
