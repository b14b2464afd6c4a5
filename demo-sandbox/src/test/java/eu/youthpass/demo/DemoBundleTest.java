package eu.youthpass.demo;

import eu.youthpass.testing.BundleFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The demo's texts: every language has every key with the same placeholders; the date patterns are valid. */
class DemoBundleTest {


    @Test
    void everyLanguageHasEveryKeyWithTheSamePlaceholders() throws IOException {
        Map<String, String> fallback = BundleFiles.load("i18n/demo.properties");
        Map<String, String> english = BundleFiles.load("i18n/demo_en.properties");
        Map<String, String> latvian = BundleFiles.load("i18n/demo_lv.properties");
        assertEquals(fallback, english, "demo_en.properties repeats the fallback");
        assertEquals(fallback.keySet(), latvian.keySet());
        for (String key : fallback.keySet()) {
            assertEquals(BundleFiles.placeholders(fallback.get(key)), BundleFiles.placeholders(latvian.get(key)), key);
            assertFalse(latvian.get(key).contains("'") && !key.endsWith("_pattern"), key + ": use ’ rather than '");
            new MessageFormat(latvian.get(key), Locale.forLanguageTag("lv"));
        }
    }

    @Test
    void theNextWipeReadsWellInBothLanguages() throws IOException {
        ZonedDateTime sunday = ZonedDateTime.parse("2026-12-06T20:00+01:00[Europe/Brussels]");
        assertEquals("Sunday 6 December 2026 at 20:00", DateTimeFormatter.ofPattern(
                BundleFiles.load("i18n/demo.properties").get("demo.banner.wipe_pattern"), Locale.ENGLISH).format(sunday));
        assertEquals("svētdiena, 2026. gada 6. decembris plkst. 20:00", DateTimeFormatter.ofPattern(
                BundleFiles.load("i18n/demo_lv.properties").get("demo.banner.wipe_pattern"), Locale.forLanguageTag("lv")).format(sunday));
    }

}
