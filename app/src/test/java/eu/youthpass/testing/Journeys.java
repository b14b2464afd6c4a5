package eu.youthpass.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Steps many tests share: registering and confirming an organisation, logging in. */
public final class Journeys {

    private Journeys() {
    }

    /** Registers through the page in English, confirms by the mailed link, and leaves the browser logged out. */
    public static void registerAndConfirm(Browser browser, PlatformServer platform, String firstName, String lastName,
                                          String email, String password, String organisation) {
        browser.open("/register.xhtml")
                .fill("First name", firstName)
                .fill("Last name", lastName)
                .fill("E-mail address", email)
                .fill("Password", password)
                .fill("Organisation name", organisation)
                .select("Country of the organisation", "Latvia")
                .click("Register");
        assertTrue(browser.text().contains("We have sent you an e-mail"), browser.text());
        String link = platform.mailbox().await(email, "Confirm your e-mail").firstLink();
        browser.openUrl(link);
        assertTrue(browser.text().contains("your account is active"), browser.text());
    }

    /** Logs in on the login page in whichever language it is shown. */
    public static void login(Browser browser, String email, String password) {
        browser.open("/login.xhtml");
        if (browser.htmlLang().equals("lv")) {
            browser.fill("E-pasta adrese", email).fill("Parole", password).click("Pieteikties");
        } else {
            browser.fill("E-mail address", email).fill("Password", password).click("Log in");
        }
    }

    public static void logout(Browser browser) {
        browser.click(browser.htmlLang().equals("lv") ? "Iziet" : "Log out");
    }
}
