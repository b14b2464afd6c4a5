package eu.youthpass.platform.i18n;

import eu.youthpass.testing.BundleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every language has every key, with the same placeholders, in a form MessageFormat understands. */
class BundleCompletenessTest {

    private static Map<String, String> english;
    private static Map<String, String> latvian;

    @BeforeAll
    static void load() throws IOException {
        english = BundleFiles.load("i18n/messages.properties");
        latvian = BundleFiles.load("i18n/messages_lv.properties");
    }

    private static Map<String, Map<String, String>> bundles() {
        return Map.of("messages.properties", english, "messages_lv.properties", latvian);
    }

    @Test
    void bundlesAreNotEmpty() {
        assertTrue(english.size() > 50, "English bundle has " + english.size() + " keys");
        assertTrue(latvian.size() > 50, "Latvian bundle has " + latvian.size() + " keys");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> missingInLatvian = new TreeSet<>(english.keySet());
        missingInLatvian.removeAll(latvian.keySet());
        Set<String> missingInEnglish = new TreeSet<>(latvian.keySet());
        missingInEnglish.removeAll(english.keySet());
        assertTrue(missingInLatvian.isEmpty(), "missing in messages_lv.properties: " + missingInLatvian);
        assertTrue(missingInEnglish.isEmpty(), "missing in messages.properties: " + missingInEnglish);
    }

    @Test
    void noValueIsEmpty() {
        List<String> empty = new ArrayList<>();
        bundles().forEach((file, texts) -> texts.forEach((key, value) -> {
            if (value.isBlank()) {
                empty.add(file + ": " + key);
            }
        }));
        assertTrue(empty.isEmpty(), "empty values: " + empty);
    }

    @Test
    void valuesWithPlaceholdersAreValidMessageFormats() {
        List<String> broken = new ArrayList<>();
        bundles().forEach((file, texts) -> texts.forEach((key, value) -> {
            if (value.contains("{")) {
                try {
                    new MessageFormat(value, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    broken.add(file + ": " + key + " (" + e.getMessage() + ")");
                }
            }
        }));
        assertTrue(broken.isEmpty(), "not valid MessageFormat patterns: " + broken);
    }

    @Test
    void placeholdersMatchBetweenLanguages() {
        List<String> mismatched = new ArrayList<>();
        english.forEach((key, value) -> {
            String other = latvian.get(key);
            if (other != null && !BundleFiles.placeholders(value).equals(BundleFiles.placeholders(other))) {
                mismatched.add(key + " en" + BundleFiles.placeholders(value) + " lv" + BundleFiles.placeholders(other));
            }
        });
        assertTrue(mismatched.isEmpty(), "placeholders differ: " + mismatched);
    }

    @Test
    void placeholdersSurviveFormatting() {
        // what a reader sees: every {n} is replaced, no brace is left over
        bundles().forEach((file, texts) -> texts.forEach((key, value) -> {
            Set<Integer> numbers = BundleFiles.placeholders(value);
            if (!numbers.isEmpty()) {
                Object[] arguments = new Object[numbers.stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = "ARG" + i;
                }
                String formatted = new MessageFormat(value, Locale.ROOT).format(arguments);
                for (int n : numbers) {
                    assertTrue(formatted.contains("ARG" + n), file + ": " + key + " lost {" + n + "}: " + formatted);
                }
                assertFalse(formatted.contains("{") || formatted.contains("}"), file + ": " + key + ": " + formatted);
            }
        }));
    }

    @Test
    void noAsciiApostropheInValuesWithPlaceholders() {
        List<String> offending = new ArrayList<>();
        bundles().forEach((file, texts) -> texts.forEach((key, value) -> {
            if (!BundleFiles.placeholders(value).isEmpty() && value.contains("'")) {
                offending.add(file + ": " + key);
            }
        }));
        assertTrue(offending.isEmpty(), "MessageFormat would swallow the ' in (use ’): " + offending);
    }

    @Test
    void asciiApostrophesOnlyQuoteLiteralsInDatePatterns() {
        // Texts.format runs every text through MessageFormat, even those without placeholders
        List<String> offending = new ArrayList<>();
        bundles().forEach((file, texts) -> texts.forEach((key, value) -> {
            if (value.contains("'") && !key.endsWith("_pattern")) {
                offending.add(file + ": " + key);
            }
        }));
        assertTrue(offending.isEmpty(), "MessageFormat would swallow the ' in (use ’): " + offending);
    }

    @Test
    void englishLocaleBundleExistsAndOnlyDefersToTheBase() throws IOException {
        // its existence stops ResourceBundle from falling back to the JVM's default locale for English
        assertTrue(BundleFiles.load("i18n/messages_en.properties").isEmpty(), "English texts belong in messages.properties");
    }

    @Test
    void latvianFileReallyIsLatvian() {
        // guards against the file being read or saved as ISO-8859-1
        assertEquals("Jā", latvian.get("general.yes"));
        assertTrue(latvian.get("login.field.password").equals("Parole"));
        assertTrue(latvian.values().stream().noneMatch(v -> v.contains("Ä") || v.contains("\uFFFD")));
    }

    @Test
    void resourceBundleLookupUsesTheFiles() {
        assertEquals("Yes", Texts.get(Locale.ENGLISH, "general.yes"));
        assertEquals("Jā", Texts.get(Locale.forLanguageTag("lv"), "general.yes"));
        assertEquals("Yes", Texts.get(Locale.GERMAN, "general.yes"));
        assertEquals("???no.such.key???", Texts.get(Locale.ENGLISH, "no.such.key"));
    }
}
