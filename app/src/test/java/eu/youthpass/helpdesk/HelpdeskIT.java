package eu.youthpass.helpdesk;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.People;
import eu.youthpass.testing.PlatformServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The helpdesk's day: log in with the account the platform was started with, read the figures, open the mail
 * outbox and read the confirmation mail a newcomer got. (Mails kept in the outbox without SMTP need a platform
 * started without YP_SMTP_HOST; the embedded start's test covers that.)
 */
class HelpdeskIT {

    private final PlatformServer platform = PlatformServer.get();

    @Test
    void theHelpdeskSeesTheFiguresAndReadsANewcomersConfirmationMailInTheOutbox() throws SQLException {
        String email = People.email("outbox.reader");
        try (Browser newcomer = new Browser(platform.baseUrl())) {
            newcomer.open("/register.xhtml")
                    .fill("First name", "Oskars").fill("Last name", "Pastnieks").fill("E-mail address", email)
                    .fill("Password", "vēstules nāk katru rītu").fill("Organisation name", "Pasta biedrība “Aploksne”")
                    .select("Country of the organisation", "Latvia").click("Register");
            assertTrue(newcomer.text().contains("We have sent you an e-mail"), newcomer.text());
        }
        String link = platform.mailbox().await(email, "Confirm your e-mail").firstLink();

        try (Browser helpdesk = new Browser(platform.baseUrl())) {
            Journeys.login(helpdesk, PlatformServer.ADMIN_EMAIL, PlatformServer.ADMIN_PASSWORD);
            assertEquals("/helpdesk/index.xhtml", helpdesk.path());
            assertEquals("Helpdesk", helpdesk.title());
            long organisations = figure(helpdesk, "organisations");
            assertTrue(organisations >= 1, "organisations: " + organisations);
            assertEquals(count("select count(*) from organisation"), organisations);
            assertEquals(count("select count(*) from user_account where not helpdesk"), figure(helpdesk, "accounts"));
            assertFalse(helpdesk.text().contains("Welcome,"), "the helpdesk has its own start page");

            helpdesk.click("Mail outbox");
            assertEquals("/helpdesk/outbox.xhtml", helpdesk.path());
            assertEquals("Mail outbox", helpdesk.title());
            List<WebElement> rows = helpdesk.driver().findElements(By.xpath(
                    "//tbody[contains(@id,'mails_data')]/tr[td[contains(normalize-space(.), '" + email + "')]]"));
            assertEquals(1, rows.size(), "one mail to the newcomer on the first page:\n" + helpdesk.text());
            String row = rows.get(0).getText();
            assertTrue(row.contains("Confirm your e-mail address for Youthpass"), row);
            assertTrue(row.contains("Sent"), "delivered to the test SMTP server: " + row);
            assertTrue(helpdesk.driver().findElements(By.id("mailBody")).isEmpty(), "no mail open yet");

            rows.get(0).findElements(By.tagName("td")).get(2).click();
            WebElement body = new WebDriverWait(helpdesk.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.id("mailBody")).stream().findFirst().orElse(null));
            String text = body.getText();
            assertTrue(text.contains("Hello Oskars,"), text);
            assertTrue(text.contains(link), "the confirmation link " + link + " in:\n" + text);
            assertTrue(helpdesk.text().contains(email + " · en"), helpdesk.text());
            helpdesk.screenshot("helpdesk-outbox");
        }
    }

    private static long figure(Browser browser, String id) {
        String shown = browser.driver().findElement(By.id(id)).getText().replaceAll("[^0-9]", "");
        return Long.parseLong(shown);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = platform.database().connectAsAdmin(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
