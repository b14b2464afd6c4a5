package eu.youthpass.platform.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextsTest {

    private static final Locale LATVIAN = Locale.forLanguageTag("lv");

    private Locale jvmDefault;

    @BeforeEach
    void remember() {
        jvmDefault = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(jvmDefault);
        ResourceBundle.clearCache(Texts.class.getClassLoader());
    }

    @Test
    void englishStaysEnglishOnAServerWhoseDefaultLocaleIsLatvian() {
        // ResourceBundle falls back to the JVM's default locale when only the base bundle matches a request
        Locale.setDefault(Locale.forLanguageTag("lv-LV"));
        ResourceBundle.clearCache(Texts.class.getClassLoader());

        assertEquals("Yes", Texts.get(Locale.ENGLISH, "general.yes"));
        assertEquals("Yes", Texts.get(Locale.GERMAN, "general.yes"));
        assertEquals("Jā", Texts.get(LATVIAN, "general.yes"));
    }

    @Test
    void latvianStaysLatvianOnAServerWhoseDefaultLocaleIsEnglish() {
        Locale.setDefault(Locale.US);
        ResourceBundle.clearCache(Texts.class.getClassLoader());

        assertEquals("Jā", Texts.get(LATVIAN, "general.yes"));
        assertEquals("Yes", Texts.get(Locale.ENGLISH, "general.yes"));
    }

    @Test
    void formatFillsInArguments() {
        assertEquals("An invitation has been sent to anna@example.org.",
                Texts.format(Locale.ENGLISH, "members.invited", "anna@example.org"));
        assertEquals("Uzaicinājums nosūtīts uz anna@example.org.",
                Texts.format(LATVIAN, "members.invited", "anna@example.org"));
    }

    @Test
    void missingKeysAreVisibleNotFatal() {
        assertEquals("???no.such.key???", Texts.get(Locale.ENGLISH, "no.such.key"));
    }

    @Test
    void pluralFormsFollowEachLanguage() {
        assertEquals("1 person imported.", Texts.plural(Locale.ENGLISH, "import.done", 1));
        assertEquals("21 people imported.", Texts.plural(Locale.ENGLISH, "import.done", 21));
        assertEquals("1,000 people imported.", Texts.plural(Locale.ENGLISH, "import.done", 1000));
        assertEquals("Importēts 1 cilvēks.", Texts.plural(LATVIAN, "import.done", 1));
        assertEquals("Importēts 21 cilvēks.", Texts.plural(LATVIAN, "import.done", 21));
        assertEquals("Importēti 11 cilvēki.", Texts.plural(LATVIAN, "import.done", 11));
        assertEquals("Importēti 12 cilvēki.", Texts.plural(LATVIAN, "import.done", 12));
        assertEquals("import.x.other", Texts.pluralKey(LATVIAN, "import.x", 0));
        assertEquals("import.x.one", Texts.pluralKey(LATVIAN, "import.x", 101));
        assertEquals("import.x.other", Texts.pluralKey(LATVIAN, "import.x", 111));
    }
}
