package eu.youthpass.demo;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer on the demo: the shared login is on the login page, nobody registers, and the shared organisation already
 * holds the example projects with accepted self-assessments in English and Latvian.
 */
class DemoSharedLoginIT {

    static final String LOGIN = "test@youthpass.eu";
    static final String PASSWORD = "test";
    static final List<String> EXAMPLE_TITLES = List.of("Voices of the Coast", "Inclusive Youth Work Toolbox",
            "Green Neighbourhoods", "Stories without Borders");

    private final PlatformServer demo = PlatformServer.get();

    @Test
    void theLoginPageShowsTheSharedLoginWhichOpensTheExampleProjects() {
        try (Browser browser = new Browser(demo.baseUrl())) {
            browser.open("/login.xhtml");
            assertEquals(LOGIN, browser.textOf("demoLoginEmail"));
            assertEquals(PASSWORD, browser.textOf("demoLoginPassword"));
            Journeys.login(browser, LOGIN, PASSWORD);
            browser.open("/project/index.xhtml");
            for (String title : EXAMPLE_TITLES) {
                assertTrue(browser.text().contains(title), title + " in\n" + browser.text());
            }
            browser.click("2025-1-LV02-KA152-YOU-000123987"); // the number links to the project
            String project = browser.text();
            assertTrue(project.contains("Voices of the Coast") && project.contains("Preparatory visit"), project);
            // three learners seeded as accepted; other demo users (other tests) may since have accepted more or issued
            // certificates, as in the real shared demo
            int ready = count(project, "Accepted") + count(project, "Certificate issued");
            assertTrue(ready >= 3, ready + " in\n" + project);
            browser.click("Participants and team members");
            String people = browser.text();
            assertTrue(people.contains("Līga Bērziņa") && people.contains("Jānis Ozols") && people.contains("Tom Becker")
                    && people.contains("Marta Kowalska"), people);
            browser.screenshot("demo-example-project");
        }
    }

    @Test
    void registrationIsClosed() {
        try (Browser browser = new Browser(demo.baseUrl())) {
            browser.open("/register.xhtml");
            assertTrue(browser.text().contains("Registration is closed here."), browser.text());
            assertTrue(browser.driver().findElements(By.id("register:email")).isEmpty(), "no registration form");
            browser.open("/");
            assertTrue(browser.driver().findElements(By.id("homeRegister")).isEmpty(), browser.text());
            assertTrue(browser.driver().findElements(By.id("navRegister")).isEmpty(), browser.text());
            browser.open("/login.xhtml");
            assertTrue(browser.driver().findElements(By.id("login:register")).isEmpty(), browser.text());
        }
    }

    @Test
    void theNewProjectHelpListsAnExampleNumberForEveryKindOfProject() {
        try (Browser browser = new Browser(demo.baseUrl())) {
            Journeys.login(browser, LOGIN, PASSWORD);
            browser.open("/project/new.xhtml");
            String examples = browser.textOf("demoNumbers");
            for (String expected : List.of("Youth exchange (Erasmus+ 2021–2027): 2025-1-LV02-KA152-YOU-000222222",
                    "Mobility of youth workers (Erasmus+ 2021–2027): 2025-1-LV02-KA153-YOU-000333333",
                    "Volunteering project (European Solidarity Corps 2021–2027): 2025-1-LV02-ESC51-VTJ-000777777",
                    "Solidarity project (European Solidarity Corps 2021–2027): 2025-1-LV02-ESC30-SOL-000666666",
                    "Volunteering project (European Solidarity Corps 2014–2020): 2019-2-LV02-ESC11-003456",
                    "Youth mobility (youth exchanges, youth workers, EVS) (Erasmus+ 2014–2020): 2019-2-LV02-KA105-001234")) {
                assertTrue(examples.contains(expected), expected + " in\n" + examples);
            }
            assertEquals(11, examples.lines().count(), examples);
            browser.fill("Project number", "2019-2-LV02-KA105-001234").click("Check the number");
            assertTrue(browser.textOf("project:olderLayout").length() > 0, browser.text());
        }
    }

    @Test
    void eachVisitorKeepsTheLanguageTheyChoseAfterLoggingIn() {
        try (Browser latvian = new Browser(demo.baseUrl())) {
            latvian.open("/login.xhtml").click("latviešu");
            Journeys.login(latvian, LOGIN, PASSWORD);
            latvian.open("/project/index.xhtml");
            assertEquals("lv", latvian.htmlLang());
        }
        try (Browser english = new Browser(demo.baseUrl())) {
            Journeys.login(english, LOGIN, PASSWORD);
            english.open("/project/index.xhtml");
            assertEquals("en", english.htmlLang(), "the previous visitor's Latvian is not inherited");
        }
    }

    @Test
    void theSharedPasswordCannotBeChanged() {
        try (Browser browser = new Browser(demo.baseUrl())) {
            Journeys.login(browser, LOGIN, PASSWORD);
            browser.open("/account/password.xhtml");
            assertTrue(browser.textOf("notChangeable").contains("cannot be changed"), browser.text());
            assertTrue(browser.driver().findElements(By.id("password:newPassword")).isEmpty(), browser.text());
        }
    }

    /** The number under a status in the project overview. */
    private static int count(String page, String status) {
        Matcher number = Pattern.compile("\n" + Pattern.quote(status) + "\n(\\d+)\n").matcher(page);
        assertTrue(number.find(), status + " in\n" + page);
        return Integer.parseInt(number.group(1));
    }
}
