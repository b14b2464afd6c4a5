package eu.youthpass.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Steps many tests share: registering and confirming an organisation, logging in, inviting and joining. */
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

    /** An owner, logged in, invites a colleague on the members page; returns the join link from the mail. */
    public static String invite(Browser owner, PlatformServer platform, String email) {
        owner.open("/organisation/members.xhtml").fill("Colleague’s e-mail address", email).click("Send invitation");
        assertTrue(owner.text().contains("An invitation has been sent to " + email + "."), owner.text());
        return platform.mailbox().await(email, "invites you to join").firstLink();
    }

    /**
     * A newcomer with no account follows an invitation link: registers (only about themselves; the e-mail address
     * is filled in from the invitation), confirms by the mailed link, logs in and joins. Leaves them logged in.
     */
    public static void registerAndJoin(Browser browser, PlatformServer platform, String joinLink, String firstName,
                                       String lastName, String email, String password) {
        browser.openUrl(joinLink).click("Register to join")
                .fill("First name", firstName).fill("Last name", lastName).fill("Password", password).click("Register");
        assertTrue(browser.text().contains("We have sent you an e-mail"), browser.text());
        browser.openUrl(platform.mailbox().await(email, "Confirm your e-mail").firstLink())
                .click("Log in and join the organisation")
                .fill("E-mail address", email).fill("Password", password).click("Log in")
                .click("Join");
        assertTrue(browser.text().contains("You are now a member of"), browser.text());
    }

    /** A logged-in administrator enters a project with one activity (English pages); returns the project id. */
    public static long createProject(Browser browser, String number, String title) {
        browser.open("/project/new.xhtml").fill("Project number", number).click("Check the number")
                .fill("Project title", title).fillDate("Start date", "01/07/2026").fillDate("End date", "31/08/2026")
                .click("Save the project");
        assertTrue(browser.text().contains("The project “" + title + "” is saved."), browser.text());
        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        browser.click("Add an activity").select("Type of activity", "Other activity").fill("Title of the activity", title + " activity")
                .fillDate("First day", "02/07/2026").fillDate("Last day", "10/07/2026").click("Save");
        return id;
    }

    /** The organisation the header says the user works for: the switcher's choice, or the plain name. */
    public static String headerOrganisation(Browser browser) {
        var switcher = browser.driver().findElements(By.id("orgSwitch:organisation"));
        if (!switcher.isEmpty()) {
            return new Select(switcher.get(0)).getFirstSelectedOption().getText();
        }
        return browser.driver().findElement(By.id("organisationName")).getText();
    }

    /** The names the header switcher offers, in its order; empty when the user has only one organisation. */
    public static List<String> switcherChoices(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='orgSwitch:organisation'] option")).stream()
                .map(WebElement::getText).toList();
    }
}
