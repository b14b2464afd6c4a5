package eu.youthpass.certificate;

import eu.youthpass.testing.BundleFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every certificate language has every key, with the same placeholders; Latvian really is Latvian. */
class CertificateBundleTest {

    private static final String[] TRANSLATIONS = {"lv"};

    @Test
    void everyLanguageHasExactlyTheKeysOfTheBase() throws IOException {
        Map<String, String> base = BundleFiles.load("i18n/certificate.properties");
        for (String language : TRANSLATIONS) {
            Map<String, String> translated = BundleFiles.load("i18n/certificate_" + language + ".properties");
            assertEquals(base.keySet(), translated.keySet(), language);
            for (String key : base.keySet()) {
                assertTrue(!translated.get(key).isBlank(), language + ": " + key + " is empty");
                assertEquals(BundleFiles.placeholders(base.get(key)), BundleFiles.placeholders(translated.get(key)),
                        language + ": " + key);
            }
        }
    }

    @Test
    void englishLivesInTheBaseBundle() throws IOException {
        assertTrue(BundleFiles.load("i18n/certificate_en.properties").isEmpty());
        assertTrue(BundleFiles.load("i18n/certificate.properties").values().stream().noneMatch(String::isBlank));
    }

    @Test
    void textsWithPlaceholdersAreMessageFormatsWithoutBareApostrophes() throws IOException {
        for (String file : new String[] {"certificate", "certificate_lv"}) {
            BundleFiles.load("i18n/" + file + ".properties").forEach((key, value) -> {
                if (!BundleFiles.placeholders(value).isEmpty()) {
                    new MessageFormat(value, Locale.ROOT);
                    assertTrue(!value.contains("'"), file + ": " + key + " has ' (MessageFormat drops it; use ’)");
                }
            });
        }
    }

    @Test
    void latvianIsReadAsUtf8() throws IOException {
        Map<String, String> latvian = BundleFiles.load("i18n/certificate_lv.properties");
        assertEquals("Dalības apliecinājums", latvian.get("part1.title"));
        assertTrue(latvian.values().stream().noneMatch(v -> v.contains("Ä") || v.contains("\uFFFD")));
        assertEquals("Dalības apliecinājums", CertificateTexts.of(Locale.forLanguageTag("lv")).get("part1.title"));
    }
}
