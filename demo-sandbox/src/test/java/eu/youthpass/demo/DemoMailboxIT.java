package eu.youthpass.demo;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mails never leave the demo: an invitation shows its link on screen and in the demo mailbox, and no mail is sent. */
class DemoMailboxIT {

    private final PlatformServer demo = PlatformServer.get();

    @Test
    void anInvitationIsShownOnScreenAndInTheMailboxButNeverSent() throws InterruptedException {
        long projectId = Long.parseLong(Seeds.query(demo, """
                select p.id from project p join demo_organisation d on d.organisation_id = p.organisation_id
                where d.kind = 'SHARED' and p.title = 'Inclusive Youth Work Toolbox'""").get(0));
        long dimitrisId = Long.parseLong(Seeds.query(demo,
                "select id from person where project_id = ? and first_name = 'Dimitris'", projectId).get(0));
        try (Browser browser = new Browser(demo.baseUrl())) {
            browser.open("/demo/mailbox.xhtml");
            assertEquals("/login.xhtml", browser.path(), "the mailbox is for the demo login only");

            Journeys.login(browser, DemoSharedLoginIT.LOGIN, DemoSharedLoginIT.PASSWORD);
            browser.open("/project/learner.xhtml?project=" + projectId + "&id=" + dimitrisId)
                    .click("Send link").waitFor("Dimitris Papadopoulos (dimitris.papadopoulos@example.org)");
            String shown = browser.driver().findElement(By.cssSelector("input.yp-copy-link")).getAttribute("value");
            assertTrue(shown.matches(".*/learn/index\\.xhtml\\?token=[A-Za-z0-9_-]{43}$"), shown);

            browser.click("Demo mailbox");
            assertEquals("/demo/mailbox.xhtml", browser.path());
            String mailbox = browser.text();
            assertTrue(mailbox.contains("To dimitris.papadopoulos@example.org") && mailbox.contains(shown), mailbox);
            assertEquals(shown, browser.driver().findElement(By.xpath("//a[starts-with(@href, '" + shown + "')]"))
                    .getAttribute("href"), "the link can be followed from the mailbox");
            browser.screenshot("demo-mailbox");
        }
        Thread.sleep(2000); // a mail handed to SMTP would arrive within this
        assertEquals(0, demo.mailbox().countTo("dimitris.papadopoulos@example.org"), "no mail leaves the demo");
        assertEquals("HELD", Seeds.query(demo,
                "select status from mail_outbox where recipient = 'dimitris.papadopoulos@example.org'").get(0));
    }
}
