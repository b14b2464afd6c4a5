package eu.youthpass.certificate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateTextsTest {

    private static final CertificateTexts EN = CertificateTexts.of(Locale.ENGLISH);
    private static final CertificateTexts LV = CertificateTexts.of(Locale.forLanguageTag("lv"));

    @Test
    void languagesExistExactlyWhereABundleDoes() {
        assertTrue(CertificateTexts.isAvailable(Locale.ENGLISH));
        assertTrue(CertificateTexts.isAvailable(Locale.forLanguageTag("lv-LV")));
        assertFalse(CertificateTexts.isAvailable(Locale.forLanguageTag("tlh")));
        assertThrows(IllegalArgumentException.class, () -> CertificateTexts.of(Locale.forLanguageTag("tlh")));
        assertEquals("Dalības apliecinājums", CertificateTexts.of(Locale.forLanguageTag("lv-LV")).get("part1.title"));
    }

    @Test
    void enumLabelsComeFromThePlatformBundleAndFallBackToTheCode() {
        assertEquals("Youth exchange", EN.label("ProjectFormat", "YOUTH_EXCHANGE"));
        assertEquals("Jauniešu apmaiņa", LV.label("ProjectFormat", "YOUTH_EXCHANGE"));
        assertEquals("NO_SUCH_FORMAT", EN.label("ProjectFormat", "NO_SUCH_FORMAT"));
    }

    @Test
    void competenceNamesFallBackToTheCode() {
        String name = EN.competenceName("KC6_CITIZENSHIP");
        // the name once i18n/competences has it, the code until then
        assertTrue(name.equals("KC6_CITIZENSHIP") || name.toLowerCase(Locale.ROOT).contains("citizenship"), name);
        assertEquals("XYZ_UNKNOWN", EN.competenceName("XYZ_UNKNOWN"));
    }

    @Test
    void countriesByCodeInEachLanguageAndFreeTextAsItIs() {
        assertEquals("Lithuania", EN.country("LT"));
        assertEquals("Lietuva", LV.country("lt"));
        assertEquals("Atlantis", EN.country("Atlantis"));
        assertEquals("", EN.country(null));
    }

    @Test
    void datesAndRanges() {
        LocalDate start = LocalDate.of(2026, 3, 3);
        LocalDate end = LocalDate.of(2026, 3, 12);
        assertEquals("3 March 2026", EN.date(start));
        assertEquals("2026. gada 3. marts", LV.date(start));
        assertEquals("3 March 2026 – 12 March 2026", EN.dates(start, end));
        assertEquals("3 March 2026", EN.dates(start, start));
        assertEquals("12 March 2026", EN.dates(null, end));
        assertEquals("", EN.dates(null, null));
    }

    @Test
    void missingKeysShowAsSuch() {
        assertEquals("???no.such.key???", EN.get("no.such.key"));
    }
}
