package eu.youthpass.platform.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguagesTest {

    private static final Locale LATVIAN = Locale.forLanguageTag("lv");

    @Test
    void picksLatvianFromABrowserHeader() {
        assertEquals(LATVIAN, Languages.fromAcceptLanguage("lv-LV,lv;q=0.9,en;q=0.8"));
        assertEquals(LATVIAN, Languages.fromAcceptLanguage("lv"));
    }

    @Test
    void respectsQualityWeights() {
        assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage("en;q=0.9,lv;q=0.5"));
        assertEquals(LATVIAN, Languages.fromAcceptLanguage("de-DE,de;q=0.9,lv;q=0.8,en;q=0.7"));
        assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage("en-GB,en;q=0.9"));
    }

    @Test
    void fallsBackToEnglishForUnsupportedLanguages() {
        assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage("de"));
        assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage("ru-RU,ru;q=0.9"));
    }

    @Test
    void fallsBackToEnglishForMalformedOrMissingHeaders() {
        assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage(null));
        assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage(""));
        assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage("   "));
        assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage("lv;q=banana"));
        assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage("@@@,;;"));
    }

    @Test
    void isSupportedKnowsExactlyTheSupportedTags() {
        assertTrue(Languages.isSupported("en"));
        assertTrue(Languages.isSupported("lv"));
        assertFalse(Languages.isSupported("de"));
        assertFalse(Languages.isSupported("lv-LV"));
        assertFalse(Languages.isSupported(""));
        assertFalse(Languages.isSupported(null));
    }

    @Test
    void supportedOrDefaultMatchesByLanguage() {
        assertEquals(LATVIAN, Languages.supportedOrDefault(Locale.forLanguageTag("lv-LV")));
        assertEquals(Locale.ENGLISH, Languages.supportedOrDefault(Locale.GERMAN));
        assertEquals(Locale.ENGLISH, Languages.supportedOrDefault(null));
    }
}
