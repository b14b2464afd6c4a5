package eu.youthpass.demo;

import eu.youthpass.certificate.PdfText;
import eu.youthpass.certificate.QrReader;
import eu.youthpass.testing.Browser;
import eu.youthpass.testing.CertificateJourneys;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.LearnerForm;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import eu.youthpass.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer's whole practice run on a seeded project, ending in a demo certificate: the watermark on every page,
 * in each of its languages, and "demo certificate" on the page its QR code opens, in a browser and as JSON.
 */
class DemoCertificateIT {

    private final PlatformServer demo = PlatformServer.get();

    @Test
    void inviteWriteSubmitAcceptGenerateThenVerifySaysDemo() throws Exception {
        long projectId = Long.parseLong(Seeds.query(demo, """
                select p.id from project p join demo_organisation d on d.organisation_id = p.organisation_id
                where d.kind = 'SHARED' and p.title = 'Voices of the Coast'""").getFirst());
        long marta = personId(projectId, "Marta");
        long liga = personId(projectId, "Līga");
        String link;
        try (Browser newcomer = new Browser(demo.baseUrl())) {
            Journeys.login(newcomer, DemoSharedLoginIT.LOGIN, DemoSharedLoginIT.PASSWORD);
            newcomer.open("/project/index.xhtml").click("2025-1-LV02-KA152-YOU-000123987");
            assertTrue(newcomer.text().contains("Voices of the Coast"), newcomer.text());
            newcomer.open("/project/learner.xhtml?project=" + projectId + "&id=" + marta)
                    .click("Send link").waitFor("Marta Kowalska");
            link = newcomer.driver().findElement(By.cssSelector("input.yp-copy-link")).getAttribute("value");
        }

        try (Browser learner = new Browser(demo.baseUrl())) {
            learner.openUrl(link);
            LearnerForm.answer(learner, "KC2_MULTILINGUAL", "I ordered my first coffee in Latvian: “Vienu kafiju, lūdzu”.");
            learner.waitFor("All changes saved.");
            learner.fill("What did you do in the project?", "Photographer of the exchange.");
            learner.click("Save").waitFor("Saved.");
            learner.click("Submit for review").click("Yes").waitFor("Thank you!");
        }

        String number;
        try (Browser newcomer = new Browser(demo.baseUrl())) {
            Journeys.login(newcomer, DemoSharedLoginIT.LOGIN, DemoSharedLoginIT.PASSWORD);
            newcomer.open("/project/learner.xhtml?project=" + projectId + "&id=" + marta);
            assertTrue(newcomer.text().contains("Vienu kafiju"), newcomer.text());
            newcomer.click("Accept").waitFor("The self-assessment was accepted.");
            newcomer.click("Certificate");
            assertEquals("/project/certificate.xhtml", newcomer.path());
            newcomer.choose("latviešu");
            newcomer.press("Generate certificate").waitFor("generated.", 30);
            number = newcomer.textOf("certificateNumber");
            newcomer.screenshot("demo-certificate-generated");

            // an example learner whose self-assessment is accepted already: a finished certificate in two clicks
            newcomer.open("/project/learner.xhtml?project=" + projectId + "&id=" + liga).click("Certificate");
            newcomer.press("Generate certificate").waitFor("generated.", 30);
        }

        WebClient http = new WebClient(demo.baseUrl());
        http.login(DemoSharedLoginIT.LOGIN, DemoSharedLoginIT.PASSWORD);
        byte[] pdf = CertificateJourneys.pdf(http, projectId, marta, null);
        Files.write(Path.of("target", "demo-certificate.pdf"), pdf);
        PdfText text = PdfText.of(pdf);
        assertTrue(text.all().contains("Marta Kowalska") && text.all().contains("Vienu kafiju"), text.all());
        int englishPages = 0;
        for (int page = 1; page <= text.pageCount(); page++) {
            String watermark = text.diagonal(page);
            assertTrue(watermark.equals("DEMO — not a valid certificate") || watermark.equals("DEMO — nav derīgs sertifikāts"),
                    "page " + page + " carries the watermark: " + watermark);
            englishPages += watermark.startsWith("DEMO — not") ? 1 : 0;
        }
        assertTrue(englishPages > 0 && englishPages < text.pageCount(), "each language's pages in their own language");
        assertTrue(PdfText.of(CertificateJourneys.pdf(http, projectId, liga, null)).diagonal(1).startsWith("DEMO"));

        String scanned = QrReader.read(pdf, 1).orElseThrow();
        assertEquals(demo.baseUrl() + "/verify/" + number, scanned);
        try (Browser verifier = new Browser(demo.baseUrl())) {
            verifier.openUrl(scanned);
            assertEquals("Marta Kowalska", verifier.textOf("holder"));
            assertEquals("Demo certificate, not valid", verifier.textOf("verifyStatus"));
            assertTrue(verifier.textOf("demo").contains("Demo certificate"), verifier.text());
            verifier.screenshot("demo-verify");
        }
        try (Browser latvian = new Browser(demo.baseUrl(), "lv")) {
            latvian.openUrl(scanned);
            assertEquals("Demonstrācijas sertifikāts, nav derīgs", latvian.textOf("verifyStatus"));
            assertTrue(latvian.textOf("demo").contains("Demonstrācijas sertifikāts"), latvian.text());
        }
        HttpResponse<String> json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(scanned))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(json.body().contains("\"status\":\"demo\"") && json.body().contains("\"demo\":true") && json.body().contains("\"holder\":\"Marta Kowalska\""),
                json.body());
    }

    private long personId(long projectId, String firstName) {
        return Long.parseLong(Seeds.query(demo, "select id from person where project_id = ? and first_name = ?",
                projectId, firstName).getFirst());
    }
}
