package eu.youthpass.certificate.issuing;

import eu.youthpass.certificate.PdfText;
import eu.youthpass.certificate.QrReader;
import eu.youthpass.certificate.SignatureCheck;
import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import eu.youthpass.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One learner's certificate from the organisation's side, through the page: the preview of page 1, generating in
 * the learner's languages, the PDF read back (names in three alphabets, parts, languages, QR code, signature),
 * generating again (same number, the earlier version kept and replaced), revoking with a reason.
 */
class CertificateIssuingIT {

    private final PlatformServer platform = PlatformServer.get();

    @Test
    void previewGenerateReadBackRegenerateRevoke() throws Exception {
        Seeds.SeededOrganisation org = Seeds.organisation(platform, "Jauniešu centrs Cēsis", "Dace", "Liepa");
        Seeds.SeededProject project = Seeds.project(platform, org.id(), "Bridges over the Gauja",
                Seeds.Learner.participant("Jānis", "Bērziņš", "lv,en"),
                Seeds.Learner.teamMember("Ζωή", "Παπαδοπούλου", "en"),
                Seeds.Learner.participant("Иван", "Петров", "en"));
        long janis = project.learnerIds().get(0);
        long zoe = project.learnerIds().get(1);
        long ivan = project.learnerIds().get(2);
        Seeds.acceptedSelfAssessment(platform, janis, "Interviewed elders and edited the podcast.",
                Map.of("KC2_MULTILINGUAL", "I spoke Polish for the first time.",
                        "OTHER", "Basic carpentry."));
        Seeds.accepted(platform, List.of(zoe));
        Seeds.acceptedSelfAssessment(platform, ivan, "Photographer of the group.",
                Map.of("KC4_DIGITAL", "Я научился монтировать видео."));
        WebClient http = new WebClient(platform.baseUrl());
        http.login(org.owner().email(), org.owner().password());

        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, org.owner().email(), org.owner().password());
            owner.open("/project/learner.xhtml?project=" + project.id() + "&id=" + janis).click("Certificate");
            assertEquals("/project/certificate.xhtml", owner.path());
            assertTrue(owner.text().contains("Not generated yet"), owner.text());
            // defaults: every part, the learner's own languages
            assertTrue(checked(owner, "Part 1 · Confirmation of participation") && checked(owner, "Part 2 · Description of learning outcomes")
                    && checked(owner, "Part 3 · Project description"));
            assertTrue(checked(owner, "latviešu") && checked(owner, "English"));
            String firstPreview = awaitPreview(owner);
            assertTrue(firstPreview.contains("languages=lv,en") && firstPreview.contains("parts=1,2,3"), firstPreview);
            owner.choose("English");
            String latvianOnly = awaitPreviewOtherThan(owner, firstPreview);
            assertTrue(latvianOnly.contains("languages=lv&"), latvianOnly);
            owner.choose("English");
            awaitPreviewOtherThan(owner, latvianOnly);
            owner.screenshot("certificate-page-before");

            owner.press("Generate certificate").waitFor("generated.", 30);
            String number = owner.textOf("certificateNumber");
            assertTrue(number.matches("[34679ACDEFGHJKMNPRTWXY]{4}(-[34679ACDEFGHJKMNPRTWXY]{4}){3}"), number);
            assertTrue(owner.text().contains("Certificate " + number + " generated."), owner.text());
            assertTrue(owner.textOf("certificateStatus").contains("Valid"));
            owner.screenshot("certificate-page-generated");

            byte[] pdf = download(http, project.id(), janis, null);
            Files.write(Path.of("target", "certificate-janis-v1.pdf"), pdf);
            PdfText text = PdfText.of(pdf);
            assertTrue(text.page(1).contains("Jānis Bērziņš"), text.page(1));
            assertTrue(text.page(1).contains("Dalības apliecinājums"), "Latvian first, as the learner's languages say");
            assertTrue(text.all().contains("Confirmation of participation") && text.all().contains("Description of learning outcomes")
                    && text.all().contains("Project description") && text.all().contains("Mācīšanās rezultātu apraksts")
                    && text.all().contains("Projekta apraksts"), text.all());
            assertTrue(text.all().contains("I spoke Polish for the first time.") && text.all().contains("Basic carpentry."));
            assertTrue(text.all().contains(number) && text.all().contains(platform.baseUrl() + "/verify/" + number));
            assertTrue(text.fontsNotEmbedded().isEmpty(), text.fontsNotEmbedded().toString());
            assertEquals(platform.baseUrl() + "/verify/" + number, QrReader.read(pdf, 1).orElseThrow());
            assertEquals(platform.baseUrl() + "/verify/" + number, QrReader.read(pdf, text.pageCount()).orElseThrow());
            SignatureCheck.Result signature = SignatureCheck.of(pdf);
            assertTrue(signature.valid(), signature.problem());
            assertFalse(SignatureCheck.of(SignatureCheck.withOneSignedByteChanged(pdf)).valid(),
                    "one changed byte breaks the signature");
            SignatureCheck.pdfsig(pdf).ifPresent(out -> assertTrue(out.contains("Signature is Valid"), out));
            assertEquals(List.of("CERTIFICATE_ISSUED"), Seeds.query(platform, "select status from person where id = ?", janis));

            // a team member without a self-assessment on record: part 2 cannot be chosen
            owner.open("/project/certificate.xhtml?project=" + project.id() + "&id=" + zoe);
            assertTrue(owner.text().contains("Part 2 can be printed once"), owner.text());
            assertFalse(checked(owner, "Part 2 · Description of learning outcomes"));
            owner.press("Generate certificate").waitFor("generated.", 30);
            PdfText zoeText = PdfText.of(download(http, project.id(), zoe, null));
            assertTrue(zoeText.page(1).contains("Ζωή Παπαδοπούλου"), zoeText.page(1));
            assertTrue(zoeText.all().contains("Project description"));
            assertFalse(zoeText.all().contains("Description of learning outcomes"));

            // part 2 alone
            owner.open("/project/certificate.xhtml?project=" + project.id() + "&id=" + ivan);
            owner.choose("Part 1 · Confirmation of participation").choose("Part 3 · Project description");
            awaitPreview(owner);
            owner.press("Generate certificate").waitFor("generated.", 30);
            PdfText ivanText = PdfText.of(download(http, project.id(), ivan, null));
            assertTrue(ivanText.page(1).contains("Иван Петров"), ivanText.page(1));
            assertTrue(ivanText.all().contains("Я научился монтировать видео."));
            for (String page : ivanText.pages()) {
                assertTrue(page.contains("Part 2"), "every page is part 2: " + page);
            }
            assertFalse(ivanText.all().contains("Confirmation of participation"));

            // generate again after a correction: English only, a new version, the same number
            owner.open("/project/certificate.xhtml?project=" + project.id() + "&id=" + janis);
            owner.choose("latviešu");
            awaitPreview(owner);
            owner.press("Generate a new version").press("Yes").waitFor("Version 2 of certificate " + number + " generated.", 30);
            assertEquals(number, owner.textOf("certificateNumber"));
            assertTrue(owner.textOf("versionTable").contains("Replaced"), owner.textOf("versionTable"));
            byte[] second = download(http, project.id(), janis, null);
            assertNotEquals(Seeds.query(platform, "select sha256 from certificate_version v join certificate c on c.id = v.certificate_id"
                    + " where c.person_id = ? and v.version_no = 1", janis), List.of(eu.youthpass.certificate.issuing.Sha256.hex(second)));
            PdfText secondText = PdfText.of(second);
            assertFalse(secondText.all().contains("Dalības apliecinājums"), "English only now");
            assertTrue(secondText.all().contains(number));
            assertArrayEquals(pdf, download(http, project.id(), janis, 1), "the first version is kept as it was");
            assertEquals(List.of("1|t", "2|f"), Seeds.query(platform, """
                    select v.version_no || '|' || case when v.replaced_at is null then 'f' else 't' end
                    from certificate_version v join certificate c on c.id = v.certificate_id
                    where c.person_id = ? order by v.version_no""", janis));

            // revoke: a reason is required
            owner.press("Revoke certificate").press("Yes").waitFor("Please give a reason");
            owner.fill("Reason (shown on the verification page)", "Issued to the wrong person by mistake.");
            owner.press("Revoke certificate").press("Yes").waitFor("The certificate was revoked.", 20);
            assertTrue(owner.textOf("certificateStatus").contains("Revoked"), owner.textOf("certificateStatus"));
            assertTrue(owner.textOf("certificateStatus").contains("Issued to the wrong person by mistake."));
            assertFalse(owner.text().contains("Generate a new version"), "a revoked certificate is not generated again");
            owner.screenshot("certificate-page-revoked");

            owner.open("/project/view.xhtml?id=" + project.id());
            assertTrue(owner.text().contains("Certificate issued") && owner.text().contains("Certificate revoked"), owner.text());
        }
    }

    @Test
    void anotherOrganisationCannotPreviewGenerateDownloadOrRevoke() {
        Seeds.SeededOrganisation a = Seeds.organisation(platform, "Biedrība Alfa", "Anna", "Alksne");
        Seeds.SeededOrganisation b = Seeds.organisation(platform, "Biedrība Beta", "Baiba", "Bērziņa");
        Seeds.SeededProject aProject = Seeds.project(platform, a.id(), "Alfa exchange",
                Seeds.Learner.participant("Jānis", "Bērziņš", "en"));
        Seeds.SeededProject bProject = Seeds.project(platform, b.id(), "Beta exchange",
                Seeds.Learner.participant("Līga", "Ozola", "en"));
        long aPerson = aProject.learnerIds().getFirst();
        long bPerson = bProject.learnerIds().getFirst();
        Seeds.accepted(platform, List.of(aPerson, bPerson));

        WebClient alfa = new WebClient(platform.baseUrl());
        alfa.login(a.owner().email(), a.owner().password());
        String aPage = "/project/certificate.xhtml?project=" + aProject.id() + "&id=" + aPerson;
        generate(alfa, aPage);
        assertEquals(200, alfa.download(file(aProject.id(), aPerson, null)).status());
        List<String> aVersions = versions(aPerson);
        assertEquals(1, aVersions.size());

        WebClient beta = new WebClient(platform.baseUrl());
        beta.login(b.owner().email(), b.owner().password());
        WebClient.Page page = beta.get(aPage);
        assertEquals(404, page.status());
        assertTrue(page.text().contains("Page not found"), page.text());
        assertEquals(404, beta.download(file(aProject.id(), aPerson, null)).status());
        assertEquals(404, beta.download(file(aProject.id(), aPerson, 1)).status());
        assertEquals(404, beta.download("/project/certificate-preview?project=" + aProject.id() + "&id=" + aPerson
                + "&parts=1&languages=en").status());
        assertEquals(404, beta.download("/project/certificate-preview?project=" + bProject.id() + "&id=" + aPerson
                + "&parts=1&languages=en").status(), "A's person under B's project");

        // B's own page, with A's ids put into the postback
        String bPage = "/project/certificate.xhtml?project=" + bProject.id() + "&id=" + bPerson;
        generate(beta, bPage);
        WebClient.Page own = beta.get(bPage);
        assertEquals(200, own.status());
        String forged = "/project/certificate.xhtml?project=" + aProject.id() + "&id=" + aPerson;
        WebClient.Page generateForged = beta.post(forged, Map.of("generate", "generate", "generate:parts", "1",
                "generate:languages", "en", "generate:generateButton", "", "jakarta.faces.ViewState", own.viewState(),
                "primefaces.nonce", own.nonce()));
        assertEquals(404, generateForged.status(), generateForged.text());
        own = beta.get(bPage);
        WebClient.Page revokeForged = beta.post(forged, Map.of("revokeForm", "revokeForm",
                "revokeForm:reason", "Forged", "revokeForm:revokeButton", "", "jakarta.faces.ViewState", own.viewState(),
                "primefaces.nonce", own.nonce()));
        assertEquals(404, revokeForged.status(), revokeForged.text());

        assertEquals(aVersions, versions(aPerson), "nothing of A's changed");
        assertEquals(List.of("VALID"), Seeds.query(platform, "select status from certificate where person_id = ?", aPerson));
        assertEquals(List.of("VALID"), Seeds.query(platform, "select status from certificate where person_id = ?", bPerson),
                "nor was B's own certificate revoked by the forged form");
    }

    private static void generate(WebClient client, String pagePath) {
        WebClient.Page page = client.get(pagePath);
        assertEquals(200, page.status(), page.text());
        WebClient.Page done = client.post(pagePath, Map.of("generate", "generate", "generate:parts", "1",
                "generate:languages", "en", "generate:generateButton", "", "jakarta.faces.ViewState", page.viewState(),
                "primefaces.nonce", page.nonce()));
        assertTrue(done.text().contains("generated."), done.text());
    }

    private List<String> versions(long personId) {
        return Seeds.query(platform, """
                select v.version_no || '|' || v.sha256 from certificate_version v join certificate c on c.id = v.certificate_id
                where c.person_id = ? order by v.version_no""", personId);
    }

    private static String file(long projectId, long personId, Integer version) {
        return "/project/certificate-file?project=" + projectId + "&id=" + personId + (version == null ? "" : "&version=" + version);
    }

    private static byte[] download(WebClient http, long projectId, long personId, Integer version) {
        WebClient.Download download = http.download(file(projectId, personId, version));
        assertEquals(200, download.status());
        assertTrue(download.contentType().startsWith("application/pdf"), download.contentType());
        return download.body();
    }

    private static boolean checked(Browser browser, String label) {
        WebElement box = browser.driver().findElement(By.xpath("//label[normalize-space(.)='" + label + "']"));
        return browser.driver().findElement(By.id(box.getAttribute("for"))).isSelected();
    }

    /** Waits until the preview picture has loaded; answers its address. */
    private static String awaitPreview(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(browser.script(
                "var i = document.getElementById('generate:previewImage'); return i != null && i.complete && i.naturalWidth > 400;")));
        return java.net.URLDecoder.decode((String) browser.script(
                "return document.getElementById('generate:previewImage').getAttribute('src');"), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String awaitPreviewOtherThan(Browser browser, String previous) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !previous.equals(java.net.URLDecoder.decode(
                (String) browser.script("var i = document.getElementById('generate:previewImage'); return i == null ? '' : i.getAttribute('src');"),
                java.nio.charset.StandardCharsets.UTF_8)));
        return awaitPreview(browser);
    }
}
