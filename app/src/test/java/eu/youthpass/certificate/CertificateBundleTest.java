package eu.youthpass.certificate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every certificate language has every key, with the same placeholders; Latvian really is Latvian. */
class CertificateBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final String[] TRANSLATIONS = {"lv"};

    private static Map<String, String> load(String resource) throws IOException {
        try (InputStream in = CertificateBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> map = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
            return map;
        }
    }

    private static Set<String> placeholders(String value) {
        Set<String> numbers = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfTheBase() throws IOException {
        Map<String, String> base = load("i18n/certificate.properties");
        for (String language : TRANSLATIONS) {
            Map<String, String> translated = load("i18n/certificate_" + language + ".properties");
            assertEquals(base.keySet(), translated.keySet(), language);
            for (String key : base.keySet()) {
                assertTrue(!translated.get(key).isBlank(), language + ": " + key + " is empty");
                assertEquals(placeholders(base.get(key)), placeholders(translated.get(key)), language + ": " + key);
            }
        }
    }

    @Test
    void englishLivesInTheBaseBundle() throws IOException {
        assertTrue(load("i18n/certificate_en.properties").isEmpty());
        assertTrue(load("i18n/certificate.properties").values().stream().noneMatch(String::isBlank));
    }

    @Test
    void textsWithPlaceholdersAreMessageFormatsWithoutBareApostrophes() throws IOException {
        for (String file : new String[] {"certificate", "certificate_lv"}) {
            load("i18n/" + file + ".properties").forEach((key, value) -> {
                if (!placeholders(value).isEmpty()) {
                    new MessageFormat(value, Locale.ROOT);
                    assertTrue(!value.contains("'"), file + ": " + key + " has ' (MessageFormat drops it; use ’)");
                }
            });
        }
    }

    @Test
    void latvianIsReadAsUtf8() throws IOException {
        Map<String, String> latvian = load("i18n/certificate_lv.properties");
        assertEquals("Dalības apliecinājums", latvian.get("part1.title"));
        assertTrue(latvian.values().stream().noneMatch(v -> v.contains("Ä") || v.contains("\uFFFD")));
        assertEquals("Dalības apliecinājums", CertificateTexts.of(Locale.forLanguageTag("lv")).get("part1.title"));
    }
}
