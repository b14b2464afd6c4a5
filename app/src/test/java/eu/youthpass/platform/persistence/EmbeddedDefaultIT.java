package eu.youthpass.platform.persistence;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.PlatformProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The newcomer's path: the runnable jar with no settings at all runs on embedded H2 under YP_DATA_DIR, keeps mail in
 * the outbox and logs its links, and a registration works end to end.
 */
class EmbeddedDefaultIT {

    private static PlatformProcess platform;
    private static Path dataDir;

    @BeforeAll
    static void startWithoutSettings() throws IOException {
        dataDir = Files.createTempDirectory("yp-embedded");
        platform = PlatformProcess.start(Path.of(System.getProperty("yp.runnable.jar", "target/youthpass.jar")),
                Map.of("YP_DATA_DIR", dataDir.toString()), Path.of("target", "embedded-server").toAbsolutePath(),
                "embedded-server.log");
    }

    @AfterAll
    static void stop() {
        platform.stop();
    }

    @Test
    void runsOnEmbeddedH2AndRegistersANewcomerWithTheLinkFromTheLog() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"migrated\":\"true\""), ready.body());
        try (var files = Files.list(dataDir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("youthpass") && f.toString().endsWith(".db")),
                    "the H2 database file lives under YP_DATA_DIR");
        }

        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.open("/register.xhtml")
                    .fill("First name", "Līga").fill("Last name", "Kļaviņa").fill("E-mail address", "liga@example.org")
                    .fill("Password", "kļava zaļa rudenī").fill("Organisation name", "Informal youth group Kuldīga")
                    .select("Country of the organisation", "Latvia").click("Register");
            assertTrue(browser.text().contains("We have sent you an e-mail"), browser.text());

            String link = linkInLog("/confirm.xhtml?token=");
            browser.openUrl(link);
            assertTrue(browser.text().contains("your account is active"), browser.text());
            browser.open("/login.xhtml").fill("E-mail address", "liga@example.org").fill("Password", "kļava zaļa rudenī")
                    .click("Log in");
            assertEquals("Informal youth group Kuldīga", browser.title());
        }
    }

    private static String linkInLog(String fragment) throws IOException, InterruptedException {
        Pattern link = Pattern.compile("https?://\\S+" + Pattern.quote(fragment) + "\\S+");
        for (int i = 0; i < 50; i++) {
            Matcher m = link.matcher(Files.readString(platform.log()));
            if (m.find()) {
                return m.group();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No " + fragment + " link in " + platform.log());
    }
}
