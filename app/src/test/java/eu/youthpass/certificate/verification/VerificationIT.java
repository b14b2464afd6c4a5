package eu.youthpass.certificate.verification;

import eu.youthpass.certificate.QrReader;
import eu.youthpass.testing.Browser;
import eu.youthpass.testing.CertificateJourneys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import eu.youthpass.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anyone checking a certificate: the QR code read from the printed page leads to the verification page, on a phone,
 * in the viewer's language; the same address answers JSON; a number typed by hand works in any case and without
 * dashes; an unknown number says so, and guessing from one address is slowed down; revocation and a newer version
 * show at once; the tamper check recognises every version we issued, and nothing else.
 */
class VerificationIT {

    private final PlatformServer platform = PlatformServer.get();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void qrCodeToPageJsonTypedNumberRegenerateTamperCheckRevoke() throws Exception {
        Seeds.SeededOrganisation org = Seeds.organisation(platform, "Jauniešu centrs Valmiera", "Vita", "Vīksna");
        Seeds.SeededProject project = Seeds.project(platform, org.id(), "Rivers that connect",
                Seeds.Learner.participant("Jānis", "Bērziņš", "en"));
        long janis = project.learnerIds().getFirst();
        Seeds.acceptedSelfAssessment(platform, janis, "Storyteller.", Map.of("KC6_CITIZENSHIP", "I joined the youth council."));
        WebClient owner = new WebClient(platform.baseUrl());
        owner.login(org.owner().email(), org.owner().password());
        CertificateJourneys.generate(owner, project.id(), janis, "1", "en");
        byte[] first = CertificateJourneys.pdf(owner, project.id(), janis, null);
        String number = Seeds.query(platform, "select number from certificate where person_id = ?", janis).getFirst();
        String printed = number.substring(0, 4) + "-" + number.substring(4, 8) + "-" + number.substring(8, 12) + "-"
                + number.substring(12);

        // the QR code on the printed page, opened on a phone
        String scanned = QrReader.read(first, 1).orElseThrow();
        assertEquals(platform.baseUrl() + "/verify/" + printed, scanned);
        try (Browser phone = new Browser(platform.baseUrl())) {
            phone.driver().manage().window().setSize(new Dimension(390, 844));
            phone.openUrl(scanned);
            assertEquals("/verify/" + printed, phone.path());
            assertEquals("Valid certificate", phone.textOf("verifyStatus"));
            assertEquals("Jānis Bērziņš", phone.textOf("holder"));
            assertEquals("Rivers that connect", phone.textOf("projectTitle"));
            assertEquals("2025-1-LV02-KA152-YOU-000123456", phone.textOf("projectNumber"));
            assertEquals(org.name(), phone.textOf("organisation"));
            assertEquals("Part 1 · Confirmation of participation", phone.textOf("parts"));
            assertEquals("English", phone.textOf("languages"));
            assertEquals(printed, phone.textOf("number"));
            assertTrue(phone.textOf("dates").contains("2026"), phone.textOf("dates"));
            assertFalse(phone.text().contains("Demo certificate"));
            assertTrue((Boolean) phone.script("return document.documentElement.scrollWidth <= window.innerWidth;"),
                    "nothing wider than the phone");
            phone.screenshot("verify-phone");
        }
        try (Browser latvian = new Browser(platform.baseUrl(), "lv")) {
            latvian.openUrl(scanned);
            assertEquals("Derīgs sertifikāts", latvian.textOf("verifyStatus"));
            assertTrue(latvian.text().contains("Izsniedzēja organizācija"), latvian.text());
        }

        // the same address, asked by a program
        HttpResponse<String> json = get(scanned, "application/json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.body().contains("\"status\":\"valid\"") && json.body().contains("\"holder\":\"Jānis Bērziņš\"")
                && json.body().contains("\"number\":\"" + printed + "\"") && json.body().contains("\"parts\":[1]")
                && json.body().contains("\"organisation\":\"" + org.name() + "\""), json.body());
        assertEquals(json.body(), get(scanned + "?format=json", "*/*").body());

        // typed by hand: lower case, no dashes, spaces
        HttpResponse<String> typed = get(platform.url("/verify/" + number.toLowerCase(Locale.ROOT)), "text/html");
        assertEquals(303, typed.statusCode());
        assertEquals("/verify/" + printed, typed.headers().firstValue("Location").orElseThrow());
        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.open("/verify").fill("Certificate number", " " + printed.toLowerCase(Locale.ROOT).replace("-", " ") + " ")
                    .click("Check");
            assertEquals("/verify/" + printed, browser.path());
            assertEquals("Jānis Bērziņš", browser.textOf("holder"));

            // an unknown number
            browser.open("/verify").fill("Certificate number", "9XKC-AWFY-HRDM-YG4F").click("Check");
            assertTrue(browser.text().contains("No certificate with this number"), browser.text());
            browser.screenshot("verify-unknown");
            browser.open("/verify").fill("Certificate number", "not a number").click("Check");
            assertTrue(browser.text().contains("There is no Youthpass certificate numbered “not a number”"), browser.text());
        }
        assertEquals(404, get(platform.url("/verify/9XKC-AWFY-HRDM-YG4F"), "text/html").statusCode());
        HttpResponse<String> unknownJson = get(platform.url("/verify/9XKC-AWFY-HRDM-YG4F?format=json"), "*/*");
        assertEquals(404, unknownJson.statusCode());
        assertTrue(unknownJson.body().contains("\"found\":false"), unknownJson.body());

        // corrected and generated again: the page shows the newest version; both files are recognised
        CertificateJourneys.generate(owner, project.id(), janis, "3", "en");
        byte[] second = CertificateJourneys.pdf(owner, project.id(), janis, null);
        Path firstFile = Files.write(Path.of("target", "verify-v1.pdf"), first);
        Path secondFile = Files.write(Path.of("target", "verify-v2.pdf"), second);
        byte[] changed = second.clone();
        changed[changed.length / 2] ^= 0x20;
        Path changedFile = Files.write(Path.of("target", "verify-changed.pdf"), changed);
        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.openUrl(scanned);
            assertEquals("Part 3 · Project description", browser.textOf("parts"));
            assertTrue(browser.textOf("reissued").contains("version 2"), browser.text());
            upload(browser, firstFile);
            assertTrue(browser.textOf("tamper:fileResult").contains("This file is exactly version 1 of certificate " + printed)
                    && browser.textOf("tamper:fileResult").contains("It was replaced by a newer version (version 2)"),
                    browser.textOf("tamper:fileResult"));
            upload(browser, secondFile);
            assertTrue(browser.textOf("tamper:fileResult").contains("exactly version 2 of certificate " + printed)
                    && browser.textOf("tamper:fileResult").contains("It is the current version."), browser.textOf("tamper:fileResult"));
            browser.screenshot("verify-file-current");
            upload(browser, changedFile);
            assertTrue(browser.textOf("tamper:fileResult").contains("This file is not a certificate exactly as we issued it."),
                    browser.textOf("tamper:fileResult"));
        }
        assertTrue(get(scanned + "?format=json", "*/*").body().contains("\"replacedVersions\":[{\"version\":1"));

        // revoked: the page says so at once
        CertificateJourneys.revoke(owner, project.id(), janis, "Issued for the wrong project.");
        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.openUrl(scanned);
            assertEquals("Revoked certificate", browser.textOf("verifyStatus"));
            assertTrue(browser.textOf("revoked").contains("Reason: Issued for the wrong project."), browser.text());
            upload(browser, secondFile);
            assertTrue(browser.textOf("tamper:fileResult").contains("This certificate has been revoked."));
            browser.screenshot("verify-revoked");
        }
        String revoked = get(scanned, "application/json").body();
        assertTrue(revoked.contains("\"status\":\"revoked\"") && revoked.contains("\"reason\":\"Issued for the wrong project.\""),
                revoked);
    }

    /**
     * Guessing: after twenty unknown numbers one address waits, page and JSON alike. Asked from 127.0.0.2, an address
     * of its own (the client binds to it), so that the other tests' address (127.0.0.1) is not slowed down.
     */
    @Test
    void repeatedUnknownNumbersFromOneAddressAreSlowedDown() throws Exception {
        HttpClient guesser = HttpClient.newBuilder().localAddress(java.net.InetAddress.getByName("127.0.0.2"))
                .connectTimeout(Duration.ofSeconds(10)).build();
        String base = platform.baseUrl().replace("localhost", "127.0.0.1");
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> guess = get(guesser, base + "/verify/" + "AAAA-AAAA-AAAA-AA" + String.format("%02d", i)
                    .replace('0', 'C').replace('1', 'D').replace('2', 'E').replace('5', 'F').replace('8', 'G')
                    + "?format=json", "*/*");
            assertEquals(404, guess.statusCode(), i + ": " + guess.body());
        }
        HttpResponse<String> refused = get(guesser, base + "/verify/AAAA-AAAA-AAAA-AAAA?format=json", "*/*");
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        HttpResponse<String> page = get(guesser, base + "/verify/AAAA-AAAA-AAAA-AAAA", "text/html");
        assertEquals(429, page.statusCode());
        assertTrue(page.body().contains("Too many unknown numbers were checked from your address"), page.body());
        assertEquals(404, get(platform.url("/verify/AAAA-AAAA-AAAA-AAAA?format=json"), "*/*").statusCode(),
                "another address is not slowed down");
    }

    private static void upload(Browser browser, Path file) {
        browser.driver().findElement(By.id("tamper:file")).sendKeys(file.toAbsolutePath().toString());
        browser.click("Check the file");
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return get(http, url, accept);
    }

    private static HttpResponse<String> get(HttpClient http, String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .header("Accept-Language", "en").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
