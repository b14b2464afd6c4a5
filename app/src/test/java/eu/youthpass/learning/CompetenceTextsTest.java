package eu.youthpass.learning;

import eu.youthpass.project.number.CompetenceFramework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompetenceTextsTest {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale LATVIAN = Locale.forLanguageTag("lv");
    private static final List<Locale> LANGUAGES = List.of(ENGLISH, LATVIAN);

    private Locale jvmDefault;

    @BeforeEach
    void remember() {
        jvmDefault = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(jvmDefault);
        ResourceBundle.clearCache(CompetenceTexts.class.getClassLoader());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = CompetenceTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }

    private static void assertPresent(String text, String what) {
        assertFalse(text.isBlank(), what + " is blank");
        assertFalse(text.startsWith("???"), what + " is missing: " + text);
    }

    @Test
    void everyCompetenceHasNameDescriptionAndTwoOrThreeQuestionsInEveryLanguage() {
        for (Locale language : LANGUAGES) {
            for (Competence competence : Competence.values()) {
                String where = competence + " (" + language + ")";
                assertPresent(CompetenceTexts.name(competence, language), where + " name");
                assertPresent(CompetenceTexts.description(competence, language), where + " description");
                List<String> questions = CompetenceTexts.questions(competence, language);
                assertTrue(questions.size() >= 2 && questions.size() <= 3, where + " has " + questions.size() + " questions");
                questions.forEach(q -> assertPresent(q, where + " question"));
                questions.forEach(q -> assertTrue(q.endsWith("?"), where + " question is no question: " + q));
            }
            for (CompetenceFramework framework : CompetenceFramework.values()) {
                assertPresent(CompetenceTexts.frameworkName(framework, language), framework + " (" + language + ") name");
                assertPresent(CompetenceTexts.frameworkIntro(framework, language), framework + " (" + language + ") intro");
            }
        }
    }

    @Test
    void latvianTextsAreTranslated() {
        for (Competence competence : Competence.values()) {
            assertNotEquals(CompetenceTexts.name(competence, ENGLISH), CompetenceTexts.name(competence, LATVIAN), competence.name());
            assertNotEquals(CompetenceTexts.description(competence, ENGLISH), CompetenceTexts.description(competence, LATVIAN), competence.name());
            List<String> english = CompetenceTexts.questions(competence, ENGLISH);
            List<String> latvian = CompetenceTexts.questions(competence, LATVIAN);
            assertEquals(english.size(), latvian.size(), competence.name());
            IntStream.range(0, english.size()).forEach(i -> assertNotEquals(english.get(i), latvian.get(i), competence + " question " + (i + 1)));
        }
        for (CompetenceFramework framework : CompetenceFramework.values()) {
            assertNotEquals(CompetenceTexts.frameworkName(framework, ENGLISH), CompetenceTexts.frameworkName(framework, LATVIAN));
            assertNotEquals(CompetenceTexts.frameworkIntro(framework, ENGLISH), CompetenceTexts.frameworkIntro(framework, LATVIAN));
        }
    }

    @Test
    void namesAreTheOfficialOnes() {
        // reference data, as in DOMAIN.md
        assertEquals("Literacy competence", CompetenceTexts.name(Competence.KC1_LITERACY, ENGLISH));
        assertEquals("Rakstpratības kompetence", CompetenceTexts.name(Competence.KC1_LITERACY, LATVIAN));
        assertEquals("Mathematical competence and competence in science, technology and engineering",
                CompetenceTexts.name(Competence.KC3_MATHS_SCIENCE_TECHNOLOGY, ENGLISH));
        assertEquals("Matemātiskā kompetence un kompetence dabaszinātnēs, tehnoloģijās un inženierzinātnēs",
                CompetenceTexts.name(Competence.KC3_MATHS_SCIENCE_TECHNOLOGY, LATVIAN));
        assertEquals("Personal, social and learning to learn competence",
                CompetenceTexts.name(Competence.KC5_PERSONAL_SOCIAL_LEARNING, ENGLISH));
        assertEquals("Personīgā, sociālā un mācīšanās mācīties kompetence",
                CompetenceTexts.name(Competence.KC5_PERSONAL_SOCIAL_LEARNING, LATVIAN));
        assertEquals("Facilitating individual and group learning in an enriching environment",
                CompetenceTexts.name(Competence.ETS1_FACILITATING_LEARNING, ENGLISH));
        assertEquals("Indivīdu un grupu mācīšanās procesa virzīšana bagātinošā vidē",
                CompetenceTexts.name(Competence.ETS1_FACILITATING_LEARNING, LATVIAN));
        assertEquals("Developing evaluative practices to assess and implement appropriate change",
                CompetenceTexts.name(Competence.ETS8_EVALUATIVE_PRACTICE, ENGLISH));
        assertEquals("Izvērtēšanas prakse, lai novērtētu situāciju un ieviestu nepieciešamās izmaiņas",
                CompetenceTexts.name(Competence.ETS8_EVALUATIVE_PRACTICE, LATVIAN));
        assertEquals("Pilsoniskā iesaiste", CompetenceTexts.name(Competence.ETS9_CIVIC_ENGAGEMENT, LATVIAN));
        assertEquals("Other competences", CompetenceTexts.name(Competence.OTHER, ENGLISH));
        assertEquals("Citas kompetences", CompetenceTexts.name(Competence.OTHER, LATVIAN));
        assertEquals("Key competences for lifelong learning",
                CompetenceTexts.frameworkName(CompetenceFramework.KEY_COMPETENCES, ENGLISH));
        assertEquals("Mūžizglītības pamatkompetences",
                CompetenceTexts.frameworkName(CompetenceFramework.KEY_COMPETENCES, LATVIAN));
        assertEquals("ETS competence model for youth workers to work internationally",
                CompetenceTexts.frameworkName(CompetenceFramework.ETS, ENGLISH));
    }

    @Test
    void bothFilesHaveExactlyTheSameKeysAndNoneOthers() throws IOException {
        Set<String> english = new TreeSet<>(load("i18n/competences.properties").stringPropertyNames());
        Set<String> latvian = new TreeSet<>(load("i18n/competences_lv.properties").stringPropertyNames());
        assertEquals(english, latvian);

        Set<String> known = new TreeSet<>();
        for (CompetenceFramework framework : CompetenceFramework.values()) {
            known.add(CompetenceTexts.frameworkKey(framework, "name"));
            known.add(CompetenceTexts.frameworkKey(framework, "intro"));
        }
        for (Competence competence : Competence.values()) {
            for (String part : List.of("name", "description", "question1", "question2", "question3")) {
                known.add(competence.key(part));
            }
        }
        Set<String> unknown = new TreeSet<>(english);
        unknown.removeAll(known);
        assertTrue(unknown.isEmpty(), "keys no code reads (misspelt?): " + unknown);
    }

    @Test
    void englishLocaleFileIsEmptyAndNoValueHasAnAsciiApostrophe() throws IOException {
        assertTrue(load("i18n/competences_en.properties").isEmpty(), "English texts belong in competences.properties");
        List<String> offending = new ArrayList<>();
        for (String file : List.of("i18n/competences.properties", "i18n/competences_lv.properties")) {
            Properties texts = load(file);
            texts.stringPropertyNames().stream().filter(k -> texts.getProperty(k).contains("'"))
                    .forEach(k -> offending.add(file + ": " + k));
        }
        assertTrue(offending.isEmpty(), "use ’ instead of ': " + offending);
    }

    @Test
    void latvianFileReallyIsLatvian() throws IOException {
        // guards against the file being read or saved as ISO-8859-1
        Properties latvian = load("i18n/competences_lv.properties");
        assertTrue(latvian.stringPropertyNames().stream().map(latvian::getProperty)
                .noneMatch(v -> v.contains("Ä") || v.contains("Å") || v.contains("\uFFFD")));
    }

    @Test
    void englishStaysEnglishOnAServerWhoseDefaultLocaleIsLatvian() {
        Locale.setDefault(Locale.forLanguageTag("lv-LV"));
        ResourceBundle.clearCache(CompetenceTexts.class.getClassLoader());

        assertEquals("Citizenship competence", CompetenceTexts.name(Competence.KC6_CITIZENSHIP, ENGLISH));
        assertEquals("Citizenship competence", CompetenceTexts.name(Competence.KC6_CITIZENSHIP, Locale.GERMAN));
        assertEquals("Pilsoniskā kompetence", CompetenceTexts.name(Competence.KC6_CITIZENSHIP, LATVIAN));
    }

    @Test
    void frameworksListTheirCompetencesInOrderFollowedByOther() {
        List<Competence> key = Competence.of(CompetenceFramework.KEY_COMPETENCES);
        assertEquals(9, key.size());
        assertEquals(Competence.OTHER, key.getLast());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 0), key.stream().map(Competence::number).toList());
        assertTrue(key.subList(0, 8).stream().allMatch(c -> c.framework() == CompetenceFramework.KEY_COMPETENCES));

        List<Competence> ets = Competence.of(CompetenceFramework.ETS);
        assertEquals(10, ets.size());
        assertEquals(Competence.OTHER, ets.getLast());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 0), ets.stream().map(Competence::number).toList());
    }
}
