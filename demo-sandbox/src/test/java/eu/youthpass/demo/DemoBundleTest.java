package eu.youthpass.demo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The demo's texts: every language has every key with the same placeholders; the date patterns are valid. */
class DemoBundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Map<String, String> load(String resource) throws IOException {
        try (InputStream in = DemoBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
            return map;
        }
    }

    @Test
    void everyLanguageHasEveryKeyWithTheSamePlaceholders() throws IOException {
        Map<String, String> fallback = load("i18n/demo.properties");
        Map<String, String> english = load("i18n/demo_en.properties");
        Map<String, String> latvian = load("i18n/demo_lv.properties");
        assertEquals(fallback, english, "demo_en.properties repeats the fallback");
        assertEquals(fallback.keySet(), latvian.keySet());
        for (String key : fallback.keySet()) {
            assertEquals(placeholders(fallback.get(key)), placeholders(latvian.get(key)), key);
            assertFalse(latvian.get(key).contains("'") && !key.endsWith("_pattern"), key + ": use ’ rather than '");
            new MessageFormat(latvian.get(key), Locale.forLanguageTag("lv"));
        }
    }

    @Test
    void theNextWipeReadsWellInBothLanguages() throws IOException {
        ZonedDateTime sunday = ZonedDateTime.parse("2026-12-06T20:00+01:00[Europe/Brussels]");
        assertEquals("Sunday 6 December 2026 at 20:00", DateTimeFormatter.ofPattern(
                load("i18n/demo.properties").get("demo.banner.wipe_pattern"), Locale.ENGLISH).format(sunday));
        assertEquals("svētdiena, 2026. gada 6. decembris plkst. 20:00", DateTimeFormatter.ofPattern(
                load("i18n/demo_lv.properties").get("demo.banner.wipe_pattern"), Locale.forLanguageTag("lv")).format(sunday));
    }

    private static Set<Integer> placeholders(String value) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }
}
