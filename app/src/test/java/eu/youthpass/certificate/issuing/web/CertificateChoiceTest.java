package eu.youthpass.certificate.issuing.web;

import eu.youthpass.certificate.CertificatePart;
import eu.youthpass.certificate.CertificateRequest;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateChoiceTest {

    private static final Locale LATVIAN = Locale.forLanguageTag("lv");

    @Test
    void partsAndLanguagesInTheOrderGiven() {
        CertificateRequest request = CertificateChoice.parse("3,1", "lv,en").orElseThrow();
        assertEquals(EnumSet.of(CertificatePart.CONFIRMATION, CertificatePart.PROJECT_DESCRIPTION), request.parts());
        assertEquals(List.of(LATVIAN, Locale.ENGLISH), request.languages());
    }

    @Test
    void unknownPartsAndLanguagesAreIgnored() {
        CertificateRequest request = CertificateChoice.of(List.of("2", "4", "x", " 1 "), List.of("xx", "lv", "lv")).orElseThrow();
        assertEquals(EnumSet.of(CertificatePart.CONFIRMATION, CertificatePart.LEARNING_OUTCOMES), request.parts());
        assertEquals(List.of(LATVIAN), request.languages());
    }

    @Test
    void nothingUsableIsNoChoice() {
        assertTrue(CertificateChoice.parse("", "en").isEmpty());
        assertTrue(CertificateChoice.parse("1", "").isEmpty());
        assertTrue(CertificateChoice.parse(null, null).isEmpty());
        assertTrue(CertificateChoice.parse("1", "de").isEmpty(), "no certificate bundle in German yet");
    }
}
