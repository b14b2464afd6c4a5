package eu.youthpass.certificate.bulk;

import eu.youthpass.certificate.CertificatePart;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateRunTest {

    @Test
    void aRunIsAbandonedOnlyByAnotherInstanceThatStoppedBeating() {
        CertificateRun run = new CertificateRun(1, 2, EnumSet.allOf(CertificatePart.class), List.of(), 3L, "Anna", 10);
        run.runBy("instance-a");
        Instant now = Instant.now();
        assertFalse(run.isAbandonedBy("instance-a", now.plus(Duration.ofHours(1))), "our own run: ask the job operator");
        assertFalse(run.isAbandonedBy("instance-b", now), "the other instance was alive a moment ago");
        assertTrue(run.isAbandonedBy("instance-b", now.plus(CertificateRun.STALLED_AFTER).plusSeconds(1)));
        run.completed();
        assertFalse(run.isAbandonedBy("instance-b", now.plus(Duration.ofHours(1))), "a finished run is not resumed");
    }

    @Test
    void theRunsLanguagesOrEmptyForEachLearnersOwn() {
        CertificateRun own = new CertificateRun(1, 2, EnumSet.of(CertificatePart.CONFIRMATION), List.of(), 3L, "Anna", 1);
        assertEquals(List.of(), own.getLanguageTags());
        CertificateRun chosen = new CertificateRun(1, 2, EnumSet.of(CertificatePart.CONFIRMATION),
                List.of(Locale.forLanguageTag("lv"), Locale.ENGLISH), 3L, "Anna", 1);
        assertEquals(List.of("lv", "en"), chosen.getLanguageTags());
        assertEquals(List.of(1), chosen.getPartNumbers());
    }

    @Test
    void zipEntriesAreNamedReadablyAndUniquely() {
        assertEquals("Jānis-Bērziņš-9XKC-AWFY-HRDM-YG4F.pdf", BulkCertificates.fileName("Jānis Bērziņš", "9XKCAWFYHRDMYG4F"));
        assertEquals("Ζωή-Παπαδοπούλου-9XKC-AWFY-HRDM-YG4F.pdf",
                BulkCertificates.fileName("Ζωή Παπαδοπούλου", "9XKCAWFYHRDMYG4F"));
        assertEquals("Иван-Петров-9XKC-AWFY-HRDM-YG4F.pdf", BulkCertificates.fileName("Иван Петров", "9XKCAWFYHRDMYG4F"));
        // decomposed input (as some keyboards send it) comes out composed; no path or shell characters survive
        assertEquals("Jānis-O-Brien-9XKC-AWFY-HRDM-YG4F.pdf",
                BulkCertificates.fileName("Ja\u0304nis  O'Brien/../", "9XKCAWFYHRDMYG4F"));
        assertEquals("script-9XKC-AWFY-HRDM-YG4F.pdf", BulkCertificates.fileName("<script>", "9XKCAWFYHRDMYG4F"));
        assertEquals(60 + "-9XKC-AWFY-HRDM-YG4F.pdf".length(),
                BulkCertificates.fileName("A".repeat(150), "9XKCAWFYHRDMYG4F").length());
    }
}
