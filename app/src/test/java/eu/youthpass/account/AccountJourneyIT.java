package eu.youthpass.account;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.Mailbox.ReceivedMail;
import eu.youthpass.testing.People;
import eu.youthpass.testing.PlatformServer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The newcomer's whole path in a real browser, with real mails: register → confirm → log in → Latvian →
 * change password → log out → forgotten password → reset → log in.
 */
class AccountJourneyIT {

    private final PlatformServer platform = PlatformServer.get();

    @Test
    void newcomerRegistersConfirmsAndManagesTheirPasswordInEnglishAndLatvian() {
        String email = People.email("janis");
        String password = "Jānis mīl kafiju 2026";
        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.registerAndConfirm(browser, platform, "Jānis", "Bērziņš", email, password, "Biedrība “Jaunatne Rīgā”");

            // a confirmation link works once
            String confirmLink = platform.mailbox().await(email, "Confirm your e-mail").firstLink();
            browser.openUrl(confirmLink);
            assertTrue(browser.text().contains("not valid any more"), browser.text());

            Journeys.login(browser, email, password);
            assertEquals("/index.xhtml", browser.path());
            assertEquals("Biedrība “Jaunatne Rīgā”", browser.title());
            assertTrue(browser.text().contains("Welcome, Jānis Bērziņš."), browser.text());

            browser.click("latviešu");
            assertEquals("lv", browser.htmlLang());
            assertTrue(browser.text().contains("Sveicināti, Jānis Bērziņš."), browser.text());
            browser.screenshot("home-lv");

            browser.click("Mainīt paroli");
            String newPassword = "Jauna parole ar garumzīmēm ā ē ī";
            browser.fill("Pašreizējā parole", "nepareiza parole 123").fill("Jaunā parole", newPassword).click("Mainīt paroli");
            assertTrue(browser.text().contains("Pašreizējā parole nav pareiza."), browser.text());
            browser.fill("Pašreizējā parole", password).fill("Jaunā parole", newPassword).click("Mainīt paroli");
            assertTrue(browser.text().contains("Jūsu parole ir nomainīta."), browser.text());
            ReceivedMail changed = platform.mailbox().await(email, "parole ir nomainīta");
            assertEquals("lv", changed.language());

            Journeys.logout(browser);
            assertTrue(browser.text().contains("Jūs esat izgājis no sistēmas."), browser.text());

            browser.click("Aizmirsāt paroli?").fill("E-pasta adrese", email).click("Nosūtīt saiti");
            assertTrue(browser.text().contains("Ja šai adresei ir konts"), browser.text());
            ReceivedMail reset = platform.mailbox().await(email, "Izvēlieties jaunu Youthpass paroli");
            assertNotNull(reset.html(), "an HTML part beside the text part");
            assertTrue(reset.html().contains("<a href=\"" + reset.firstLink() + "\">"), reset.html());

            String resetPassword = "Trešā parole, pavisam jauna";
            browser.openUrl(reset.firstLink()).fill("Jaunā parole", resetPassword).click("Saglabāt jauno paroli");
            assertTrue(browser.text().contains("Jūsu jaunā parole ir saglabāta."), browser.text());
            assertEquals("/login.xhtml", browser.path());

            // the reset link was single use, and the old passwords are gone
            browser.openUrl(reset.firstLink());
            assertTrue(browser.text().contains("Šī saite vairs nav derīga"), browser.text());
            Journeys.login(browser, email, newPassword);
            assertTrue(browser.text().contains("E-pasta adrese vai parole nav pareiza"), browser.text());

            Journeys.login(browser, email, resetPassword);
            assertEquals("/index.xhtml", browser.path());
            assertTrue(browser.text().contains("Sveicināti, Jānis Bērziņš."), browser.text());
        }
    }

    @Test
    void anUnconfirmedAccountCannotLogInAndGetsTheSameMessageAsAWrongPassword() {
        String email = People.email("ieva");
        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.open("/register.xhtml")
                    .fill("First name", "Ieva").fill("Last name", "Ozola").fill("E-mail address", email)
                    .fill("Password", "ozols aug pie upes").fill("Organisation name", "Jauniešu centrs")
                    .select("Country of the organisation", "Latvia").click("Register");
            platform.mailbox().await(email, "Confirm your e-mail");

            Journeys.login(browser, email, "ozols aug pie upes");
            String unconfirmed = browser.text();
            Journeys.login(browser, email, "a wrong password");
            String wrong = browser.text();
            Journeys.login(browser, People.email("nobody"), "a wrong password");
            String unknown = browser.text();
            String message = "The e-mail address or the password is not right";
            assertTrue(unconfirmed.contains(message) && wrong.contains(message) && unknown.contains(message), unconfirmed);
            assertEquals("/login.xhtml", browser.path());
        }
    }

    @Test
    void forgottenPasswordAnswersTheSameForUnknownAddressesAndSendsNothing() {
        String unknown = People.email("unknown");
        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.open("/forgot-password.xhtml").fill("E-mail address", unknown).click("Send the link");
            assertTrue(browser.text().contains("If an account exists for this address"), browser.text());
        }
        assertEquals(0, platform.mailbox().countTo(unknown));
    }

    @Test
    void registeringAKnownAddressAgainRevealsNothingAndMailsTheOwner() {
        String email = People.email("anna");
        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.registerAndConfirm(browser, platform, "Anna", "Kalniņa", email, "Anna dzied korī 2026", "Dziesmu biedrība");
            browser.open("/register.xhtml")
                    .fill("First name", "Anna").fill("Last name", "Kalniņa").fill("E-mail address", email)
                    .fill("Password", "cita parole pavisam").fill("Organisation name", "Otra biedrība")
                    .select("Country of the organisation", "Latvia").click("Register");
            assertTrue(browser.text().contains("We have sent you an e-mail"), browser.text());
            assertFalse(browser.text().contains("already"), browser.text());
        }
        assertTrue(platform.mailbox().await(email, "You already have a Youthpass account").text().contains("/forgot-password.xhtml"));
    }
}
