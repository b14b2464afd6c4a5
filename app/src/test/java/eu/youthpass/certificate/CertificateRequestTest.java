package eu.youthpass.certificate;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static eu.youthpass.certificate.CertificatePart.CONFIRMATION;
import static eu.youthpass.certificate.CertificatePart.PROJECT_DESCRIPTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CertificateRequestTest {

    @Test
    void partsComeInPrintOrderAndLanguagesOnce() {
        CertificateRequest request = new CertificateRequest(Set.of(PROJECT_DESCRIPTION, CONFIRMATION),
                List.of(Locale.ENGLISH, Locale.forLanguageTag("lv"), Locale.ENGLISH));
        assertEquals(List.of(CONFIRMATION, PROJECT_DESCRIPTION), List.copyOf(request.parts()));
        assertEquals(List.of(Locale.ENGLISH, Locale.forLanguageTag("lv")), request.languages());
    }

    @Test
    void aCertificateNeedsAPartAndALanguage() {
        assertThrows(IllegalArgumentException.class,
                () -> CertificateRequest.of(EnumSet.noneOf(CertificatePart.class), Locale.ENGLISH));
        assertThrows(IllegalArgumentException.class, () -> CertificateRequest.complete());
    }

    @Test
    void partsByNumber() {
        assertEquals(CONFIRMATION, CertificatePart.numbered(1).orElseThrow());
        assertEquals(PROJECT_DESCRIPTION, CertificatePart.numbered(3).orElseThrow());
        assertEquals(true, CertificatePart.numbered(4).isEmpty());
    }
}
