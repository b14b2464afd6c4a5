package eu.youthpass.certificate.bulk;

import eu.youthpass.certificate.PdfText;
import eu.youthpass.certificate.SignatureCheck;
import eu.youthpass.testing.Browser;
import eu.youthpass.testing.CertificateJourneys;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import eu.youthpass.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Certificates for a whole project through the page and the batch job: 200 learners ticked at once with one whose
 * certificate was revoked; the page shows progress (also after leaving and coming back), the report names the one
 * learner left out and why, and the ZIP holds 200 signed PDFs, one per learner, with distinct numbers. Another
 * organisation cannot open the page or the ZIP.
 */
public class BulkCertificatesIT {

    static final int LEARNERS = 200;
    private static final String[][] NAMES = {{"Jānis", "Bērziņš"}, {"Ζωή", "Παπαδοπούλου"}, {"Иван", "Петров"},
            {"Agnieszka", "Wiśniewska"}, {"Jiří", "Dvořák"}, {"Ģirts", "Ķēniņš"}, {"Ioana", "Ștefănescu"}};

    private final PlatformServer platform = PlatformServer.get();

    /** LEARNERS learners with accepted self-assessments, named in several alphabets, numbered to be told apart. */
    public static Seeds.SeededProject seedLearners(PlatformServer platform, long organisationId, String title, int count,
                                            Seeds.Learner... more) {
        return seedLearners(platform, organisationId, title, count, "en", more);
    }

    public static Seeds.SeededProject seedLearners(PlatformServer platform, long organisationId, String title, int count,
                                            String languages, Seeds.Learner... more) {
        List<Seeds.Learner> learners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] name = NAMES[i % NAMES.length];
            learners.add(Seeds.Learner.participant(name[0], name[1] + " " + (i + 1), languages));
        }
        learners.addAll(List.of(more));
        Seeds.SeededProject project = Seeds.project(platform, organisationId, title, learners.toArray(Seeds.Learner[]::new));
        Seeds.acceptedSelfAssessments(platform, project.learnerIds().subList(0, count), "Team member.",
                Map.of("KC5_PERSONAL_SOCIAL_LEARNING", "I learned to plan ten days of work."));
        return project;
    }

    @Test
    void twoHundredLearnersInOneRunWithAReportAndAZip() throws Exception {
        Seeds.SeededOrganisation org = Seeds.organisation(platform, "Jauniešu centrs Liepāja", "Laura", "Liepiņa");
        Seeds.SeededProject project = seedLearners(platform, org.id(), "Sea and sand", LEARNERS,
                Seeds.Learner.participant("Revoked", "Learner", "en"));
        long revoked = project.learnerIds().getLast();
        Seeds.acceptedSelfAssessment(platform, revoked, "Nothing.", Map.of());
        WebClient owner = new WebClient(platform.baseUrl());
        owner.login(org.owner().email(), org.owner().password());
        CertificateJourneys.generate(owner, project.id(), revoked, "1", "en");
        CertificateJourneys.revoke(owner, project.id(), revoked, "Did not take part after all.");

        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.login(browser, org.owner().email(), org.owner().password());
            browser.open("/project/people.xhtml?project=" + project.id()).click("Certificates for many learners");
            assertEquals("/project/certificates.xhtml", browser.path());
            assertEquals(LEARNERS + 1, browser.driver().findElements(By.cssSelector("#start\\:learners tbody tr")).size());
            tickAllAndStart(browser);
            browser.screenshot("bulk-running");

            // leave, come back: the run is still shown, and finishes
            browser.open("/project/people.xhtml?project=" + project.id());
            browser.open("/project/certificates.xhtml?project=" + project.id());
            assertTrue(browser.text().contains("Latest generation"), browser.text());
            browser.waitFor("Finished: " + LEARNERS + " certificates made.", 240);
            browser.screenshot("bulk-finished");
            assertTrue(browser.textOf("counts").contains(LEARNERS + " of " + (LEARNERS + 1) + " done · 1 failed · 0 to go"),
                    browser.textOf("counts"));
            assertTrue(browser.textOf("progressForm:failures").contains("Revoked Learner")
                    && browser.textOf("progressForm:failures").contains("This certificate was revoked."), browser.text());
        }

        String runId = Seeds.query(platform, "select id from certificate_run where project_id = ?", project.id()).getFirst();
        WebClient.Download zip = owner.download("/project/certificates-zip?project=" + project.id() + "&run=" + runId);
        assertEquals(200, zip.status());
        Map<String, byte[]> files = unzip(zip.body());
        assertEquals(LEARNERS, files.size());
        Set<String> expectedHolders = new HashSet<>();
        for (int i = 0; i < LEARNERS; i++) {
            expectedHolders.add(NAMES[i % NAMES.length][0] + " " + NAMES[i % NAMES.length][1] + " " + (i + 1));
        }
        Set<String> numbers = new HashSet<>();
        Set<String> holders = new HashSet<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            SignatureCheck.Result signature = SignatureCheck.of(file.getValue());
            assertTrue(signature.valid(), file.getKey() + ": " + signature.problem());
            String name = file.getKey();
            numbers.add(name.substring(name.length() - 23, name.length() - 4));
            PdfText text = PdfText.of(file.getValue());
            assertEquals(3, text.pageCount(), name);
            String holder = text.page(1).lines().map(String::strip).filter(expectedHolders::contains).findFirst()
                    .orElseThrow(() -> new AssertionError("no learner's name on " + name + ":\n" + text.page(1)));
            holders.add(holder);
            assertTrue(name.startsWith(holder.replace(' ', '-') + "-"), "named after its holder, in their alphabet: "
                    + name + " for " + holder);
        }
        assertEquals(LEARNERS, numbers.size(), "distinct numbers");
        assertEquals(LEARNERS, holders.size(), "one certificate per learner");
        assertEquals(List.of(String.valueOf(LEARNERS + 1)), Seeds.query(platform,
                "select count(*) from certificate where project_id = ?", project.id()));
        assertEquals(List.of("1"), Seeds.query(platform, """
                select max(n) from (select count(*) n from certificate_version v join certificate c on c.id = v.certificate_id
                where c.project_id = ? group by c.id) versions""", project.id()), "one version each: nothing made twice");
        assertEquals(List.of(String.valueOf(LEARNERS)), Seeds.query(platform,
                "select count(*) from person where project_id = ? and status = 'CERTIFICATE_ISSUED' and id <> ?",
                project.id(), revoked));

        Seeds.SeededOrganisation other = Seeds.organisation(platform, "Biedrība Gamma", "Gatis", "Grava");
        WebClient stranger = new WebClient(platform.baseUrl());
        stranger.login(other.owner().email(), other.owner().password());
        assertEquals(404, stranger.get("/project/certificates.xhtml?project=" + project.id()).status());
        assertEquals(404, stranger.download("/project/certificates-zip?project=" + project.id() + "&run=" + runId).status());
    }

    /** Selects every learner in the page's table with the box in its heading, and starts. */
    public static void tickAllAndStart(Browser browser) {
        tickAllAndPressStart(browser);
        browser.waitFor("Latest generation", 20);
    }

    /** Ticks every learner and presses the start button, without waiting for the page to answer. */
    public static void tickAllAndPressStart(Browser browser) {
        browser.driver().findElement(By.cssSelector("#start\\:learners .ui-chkbox-all .ui-chkbox-box")).click();
        browser.press("Generate certificates for the ticked learners");
    }

    public static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
