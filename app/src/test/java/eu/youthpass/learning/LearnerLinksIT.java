package eu.youthpass.learning;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;

import static eu.youthpass.account.BadInputIT.assertHealthy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Links that open nothing say so kindly and name the organisation to ask; never an error page. Inviting again ends
 * the earlier link. Guessing links from one address is slowed down. Another organisation reaches nothing.
 */
class LearnerLinksIT {

    private final PlatformServer platform = PlatformServer.get();

    @Test
    void expiredRevokedReplacedAndTamperedLinks() throws Exception {
        Seeds.SeededOrganisation org = Seeds.organisation(platform, "Biedrība Zaļā Gaisma", "Inga", "Kalniņa");
        Seeds.SeededOrganisation other = Seeds.organisation(platform, "Other association", "Otto", "Berg");
        Seeds.Learner anna = Seeds.Learner.participant("Anna", "Kļaviņa", "en");
        Seeds.SeededProject project = Seeds.project(platform, org.id(), "Green light", anna);
        long annaId = project.learnerIds().get(0);
        String learnerPage = "/project/learner.xhtml?project=" + project.id() + "&id=" + annaId;

        String first;
        String second;
        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, org.owner().email(), org.owner().password());
            owner.open(learnerPage).click("Send link").waitFor("1 invitation sent.");
            first = owner.driver().findElement(By.cssSelector("input.yp-copy-link")).getAttribute("value");
            owner.click("Send a new link").waitFor("1 invitation sent.");
            second = owner.driver().findElement(By.cssSelector("input.yp-copy-link")).getAttribute("value");
            assertFalse(first.equals(second));
            assertTrue(owner.textOf("invite:linkState").contains("The link works."), owner.textOf("invite:linkState"));
        }

        try (Browser learner = new Browser(platform.baseUrl())) {
            learner.openUrl(first);
            assertHealthy(learner, "/learn/index.xhtml");
            assertTrue(learner.text().contains("A newer link was sent to you") && learner.text().contains(org.name()), learner.text());

            String tampered = second.substring(0, second.length() - 1) + (second.endsWith("A") ? "B" : "A");
            learner.openUrl(tampered);
            assertHealthy(learner, "/learn/index.xhtml");
            assertTrue(learner.text().contains("This link does not work") && learner.text().contains("Check that you copied the whole link"),
                    learner.text());
            assertFalse(learner.text().contains(org.name()), "an unknown link names nobody");
            for (String broken : new String[]{"/learn/index.xhtml", "/learn/index.xhtml?token=", "/learn/index.xhtml?token=%00%27%22",
                    "/learn/index.xhtml?token=" + "x".repeat(500), "/learn/preview.xhtml?token=nonsense"}) {
                learner.open(broken);
                assertTrue(learner.text().contains("This link does not work"), broken + ":\n" + learner.text());
                assertFalse(learner.text().contains("Exception"), broken);
            }

            learner.openUrl(second);
            assertTrue(learner.text().contains("Hello Anna!"), learner.text());
            // the organisation revokes while the page is open: the next save says so instead of saving
            try (Browser owner = new Browser(platform.baseUrl())) {
                Journeys.login(owner, org.owner().email(), org.owner().password());
                owner.open(learnerPage).click("Revoke link").click("Yes").waitFor("The link was revoked.");
                assertTrue(owner.textOf("invite:linkState").contains("The link was revoked."), owner.textOf("invite:linkState"));
            }
            learner.fill("What did you do in the project?", "Written after the link was revoked").click("Save");
            learner.waitFor("This link no longer works");
            assertTrue(learner.text().contains("Your personal link was withdrawn.") && learner.text().contains(org.name()), learner.text());
            assertEquals(0, Seeds.query(platform, "select tasks from learning_record where person_id = ? and tasks like 'Written after%'", annaId).size());
        }

        // a fresh link that then expires
        String third;
        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, org.owner().email(), org.owner().password());
            owner.open(learnerPage).click("Send a new link").waitFor("1 invitation sent.");
            third = owner.driver().findElement(By.cssSelector("input.yp-copy-link")).getAttribute("value");
        }
        try (Connection c = platform.database().connectAsAdmin();
             PreparedStatement s = c.prepareStatement("update learner_invitation set expires_at = now() - interval '1 minute' where person_id = ? and ended_at is null")) {
            s.setLong(1, annaId);
            assertEquals(1, s.executeUpdate());
        }
        try (Browser learner = new Browser(platform.baseUrl(), "lv")) {
            learner.openUrl(third);
            assertHealthy(learner, "/learn/index.xhtml");
            assertTrue(learner.text().contains("Jūsu personīgās saites derīguma termiņš ir beidzies.")
                    && learner.text().contains("Lūdzu, lūdziet " + org.name() + " jaunu uzaicinājumu."), learner.text());
        }

        // another organisation: the learner page of someone else's person is not found
        try (Browser stranger = new Browser(platform.baseUrl())) {
            Journeys.login(stranger, other.owner().email(), other.owner().password());
            for (String url : new String[]{learnerPage, "/project/learner.xhtml?project=" + project.id() + "&id=abc",
                    "/project/learner.xhtml?project=" + project.id(), "/project/people.xhtml?project=" + project.id()}) {
                stranger.open(url);
                assertEquals("Page not found", stranger.title(), url + ":\n" + stranger.text());
                assertFalse(stranger.text().contains("Kļaviņa"), url);
            }
        }
    }

    /**
     * Guessing from one address: after thirty wrong links in a quarter of an hour, that address waits. The guesser
     * connects from 127.0.0.2, a client address of its own, so the browsers of the other tests are not slowed down.
     */
    @Test
    void guessingLinksFromOneAddressIsSlowedDown() throws Exception {
        try (HttpClient guesser = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build()) {
            String base = platform.baseUrl().replace("localhost", "127.0.0.1");
            for (int i = 0; i < 30; i++) {
                HttpResponse<String> page = guesser.send(HttpRequest.newBuilder(URI.create(base + "/learn/index.xhtml?token=guess" + i))
                        .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode());
                assertTrue(page.body().contains("This link does not work"), page.body());
            }
            HttpResponse<String> slowed = guesser.send(HttpRequest.newBuilder(URI.create(base + "/learn/index.xhtml?token=guess-once-more"))
                    .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, slowed.statusCode());
            assertTrue(slowed.body().contains("Too many wrong links were opened from your network. Please try again in"), slowed.body());
        }
        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.open("/learn/index.xhtml?token=someone-else");
            assertTrue(browser.text().contains("This link does not work"), "other addresses are not slowed down: " + browser.text());
        }
    }
}
