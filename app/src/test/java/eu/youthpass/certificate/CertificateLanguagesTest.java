package eu.youthpass.certificate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateLanguagesTest {

    @Test
    void theLanguagesWithACertificateBundle() {
        assertEquals(List.of(Locale.ENGLISH, Locale.forLanguageTag("lv")), CertificateLanguages.available());
    }

    @Test
    void aTagIsReadLeniently() {
        assertEquals(Locale.forLanguageTag("lv"), CertificateLanguages.of(" lv-LV ").orElseThrow());
        assertTrue(CertificateLanguages.of("fr").isEmpty());
        assertTrue(CertificateLanguages.of(null).isEmpty());
    }
}
