package eu.youthpass.certificate.issuing;

import eu.youthpass.certificate.PdfText;
import eu.youthpass.certificate.SignatureCheck;
import eu.youthpass.testing.Browser;
import eu.youthpass.testing.CertificateJourneys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import eu.youthpass.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learner downloads their own certificate from their personal link once it is issued, and only then; another
 * link, or none, gets nothing; a revoked certificate is no longer offered.
 */
class LearnerCertificateIT {

    private final PlatformServer platform = PlatformServer.get();

    @Test
    void downloadFromThePersonalLinkOnceIssued() {
        Seeds.SeededOrganisation org = Seeds.organisation(platform, "Jauniešu centrs Kuldīga", "Kārlis", "Kalns");
        Seeds.SeededProject project = Seeds.project(platform, org.id(), "Waterfalls and bridges",
                Seeds.Learner.participant("Ζωή", "Παπαδοπούλου", "en"),
                Seeds.Learner.participant("Иван", "Петров", "en"));
        long zoe = project.learnerIds().get(0);
        long ivan = project.learnerIds().get(1);
        Seeds.acceptedSelfAssessment(platform, zoe, "Photographer.", Map.of("KC4_DIGITAL", "Video editing."));
        Seeds.acceptedSelfAssessment(platform, ivan, "Cook.", Map.of("KC7_ENTREPRENEURSHIP", "Ran the café."));
        String zoeToken = Seeds.learnerLink(platform, zoe);
        String ivanToken = Seeds.learnerLink(platform, ivan);
        WebClient anyone = new WebClient(platform.baseUrl());
        String download = "/learn/certificate?token=" + zoeToken;

        try (Browser learner = new Browser(platform.baseUrl())) {
            learner.open("/learn/index.xhtml?token=" + zoeToken);
            assertTrue(learner.text().contains("Accepted by your organisation"), learner.text());
            assertEquals("", learner.textOf("certificate"), "no certificate yet");
        }
        assertEquals(404, anyone.download(download).status());

        WebClient owner = new WebClient(platform.baseUrl());
        owner.login(org.owner().email(), org.owner().password());
        CertificateJourneys.generate(owner, project.id(), zoe, "2", "en");
        byte[] issued = CertificateJourneys.pdf(owner, project.id(), zoe, null);
        String number = Seeds.query(platform, "select number from certificate where person_id = ?", zoe).getFirst();

        try (Browser learner = new Browser(platform.baseUrl())) {
            learner.open("/learn/index.xhtml?token=" + zoeToken);
            assertTrue(learner.textOf("certificate").contains("Your certificate"), learner.text());
            String shown = learner.textOf("learnerCertificateNumber");
            assertEquals(number, shown.replace("-", ""));
            String href = learner.driver().findElement(By.id("downloadCertificate")).getAttribute("href");
            assertTrue(href.endsWith(download), href);
            learner.screenshot("learner-certificate");
        }
        WebClient.Download pdf = anyone.download(download);
        assertEquals(200, pdf.status());
        assertArrayEquals(issued, pdf.body(), "exactly the file the organisation issued");
        assertTrue(PdfText.of(pdf.body()).page(1).contains("Ζωή Παπαδοπούλου"));
        assertTrue(SignatureCheck.of(pdf.body()).valid());

        assertEquals(404, anyone.download("/learn/certificate?token=" + ivanToken).status(), "Ivan has none yet");
        assertEquals(404, anyone.download("/learn/certificate?token=not-a-link").status());
        assertEquals(404, anyone.download("/learn/certificate").status());

        CertificateJourneys.revoke(owner, project.id(), zoe, "Issued by mistake.");
        assertEquals(404, anyone.download(download).status(), "a revoked certificate is not offered");
        try (Browser learner = new Browser(platform.baseUrl())) {
            learner.open("/learn/index.xhtml?token=" + zoeToken);
            assertFalse(learner.text().contains("Download your certificate"));
        }
    }
}
