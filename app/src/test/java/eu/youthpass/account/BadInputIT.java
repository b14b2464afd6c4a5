package eu.youthpass.account;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.People;
import eu.youthpass.testing.PlatformServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Everything a careless, curious or hostile person types into the forms: nothing, far too much, HTML, SQL, other
 * scripts, emoji, right-to-left text. Each answer is a clear message next to the field in the page's language, never
 * an error page; what was typed stays in the form; HTML stays text; names in any script are kept exactly.
 */
public class BadInputIT {

    public static final String SCRIPT = "<script>alert(1)</script>";
    public static final String IMG = "\"><img src=x onerror=alert(1)>";
    /** Refused in names: the underscore is no character of a name. */
    static final String SQL = "'; drop table user_account; --";
    /** Only characters a name may have. */
    static final String SQL_NAME = "O'Brien; DROP TABLE organisation; --";
    static final String LATVIAN = "Jānis Bērziņš";
    static final String GREEK = "Ζωή Παπαδοπούλου";
    static final String CYRILLIC = "Иван Петров";
    static final String EMOJI = "Anna 😀";
    static final String ARABIC = "مريم الحسن";
    static final String HEBREW = "עמותת הנוער של ירושלים";
    static final String BOLD = "<b id=\"yp-injected\">Bold</b> & co";
    public static final String HUGE = "x".repeat(20_000);
    static final String NAME_201 = "Ā".repeat(201);
    static final String EMAIL_255 = "a".repeat(243) + "@example.org";
    static final String PASSWORD_129 = "p".repeat(129);

    static final String REQUIRED = ": please fill this in.";
    static final String NAME_RULE = ": please use letters, numbers, spaces and punctuation only (no emoji or symbols), as it is printed on certificates.";
    static final String EMAIL_RULE = ": please enter an e-mail address like name@example.org.";

    private final PlatformServer platform = PlatformServer.get();

    // ---------------------------------------------------------------- registration

    @Test
    void registrationAsksForEveryFieldLeftEmptyOrBlank() {
        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.open("/register.xhtml").click("Register");
            assertHealthy(browser, "/register.xhtml");
            for (String label : List.of("First name", "Last name", "E-mail address", "Password", "Organisation name",
                    "Country of the organisation")) {
                assertEquals(label + REQUIRED, browser.messageFor(label));
            }

            browser.open("/register.xhtml").fill("First name", "   ").fill("Last name", " \t ")
                    .fill("E-mail address", People.email("blank")).fill("Password", "tukšs vārds nav vārds")
                    .fill("Organisation name", "    ").select("Country of the organisation", "Latvia").click("Register");
            assertHealthy(browser, "/register.xhtml");
            assertEquals("First name" + REQUIRED, browser.messageFor("First name"));
            assertEquals("Last name" + REQUIRED, browser.messageFor("Last name"));
            assertEquals("Organisation name" + REQUIRED, browser.messageFor("Organisation name"));
        }
    }

    @Test
    void registrationRefusesOverlongInputWithTheLimit() {
        try (Browser browser = new Browser(platform.baseUrl())) {
            for (boolean huge : new boolean[]{false, true}) {
                browser.open("/register.xhtml")
                        .force("First name", huge ? HUGE : NAME_201)
                        .force("Last name", huge ? HUGE : NAME_201)
                        .force("E-mail address", huge ? HUGE + "@example.org" : EMAIL_255)
                        .force("Password", huge ? HUGE : PASSWORD_129)
                        .force("Organisation name", huge ? HUGE : NAME_201)
                        .select("Country of the organisation", "Estonia").click("Register");
                assertHealthy(browser, "/register.xhtml");
                assertEquals("First name: please use at most 100 characters.", browser.messageFor("First name"));
                assertEquals("Last name: please use at most 100 characters.", browser.messageFor("Last name"));
                assertEquals("E-mail address: please use at most 254 characters.", browser.messageFor("E-mail address"));
                assertEquals("Password: please use at most 128 characters.", browser.messageFor("Password"));
                assertEquals("Organisation name: please use at most 200 characters.", browser.messageFor("Organisation name"));
                assertEquals("Estonia", selected(browser, "Country of the organisation"), "the valid choice stays");
            }
        }
    }

    @Test
    void registrationShowsHtmlAsTextAndRefusesItInNamesAndAddresses() {
        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.open("/register.xhtml")
                    .force("First name", SCRIPT).force("Last name", IMG).force("E-mail address", SCRIPT + "@example.org")
                    .force("Password", SCRIPT).force("Organisation name", BOLD)
                    .select("Country of the organisation", "Latvia").click("Register");
            assertHealthy(browser, "/register.xhtml");
            assertEquals("First name" + NAME_RULE, browser.messageFor("First name"));
            assertEquals("Last name" + NAME_RULE, browser.messageFor("Last name"));
            assertEquals("E-mail address" + EMAIL_RULE, browser.messageFor("E-mail address"));
            assertEquals("Organisation name" + NAME_RULE, browser.messageFor("Organisation name"));
            assertEquals("", browser.messageFor("Password"), "a password may contain anything");
            // what was typed comes back as text, exactly
            assertEquals(SCRIPT, value(browser, "First name"));
            assertEquals(IMG, value(browser, "Last name"));
            assertEquals(SCRIPT + "@example.org", value(browser, "E-mail address"));
            assertEquals(BOLD, value(browser, "Organisation name"));

            // a quoted local part is a valid address: accepted, and the page after it is fine
            browser.open("/register.xhtml")
                    .fill("First name", "Pēteris").fill("Last name", "Pēdiņa")
                    .force("E-mail address", "\"" + SCRIPT + "\"@example.org").fill("Password", SCRIPT + " un vēl")
                    .fill("Organisation name", "Pēdiņu biedrība").select("Country of the organisation", "Latvia")
                    .click("Register");
            assertHealthy(browser, "/check-email.xhtml");
        }
    }

    @Test
    void registrationRefusesEmojiAndDirectionTricksInNames() {
        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.open("/register.xhtml").force("First name", EMOJI).force("Last name", "Ozol\u202Eanis")
                    .force("E-mail address", EMOJI + "@example.org").fill("Password", "vārdos emocijzīmes nederīgas")
                    .force("Organisation name", "Klubs 🎉").select("Country of the organisation", "Latvia").click("Register");
            assertHealthy(browser, "/register.xhtml");
            assertEquals("First name" + NAME_RULE, browser.messageFor("First name"));
            assertEquals("Last name" + NAME_RULE, browser.messageFor("Last name"), "a right-to-left override is no letter");
            assertEquals("E-mail address" + EMAIL_RULE, browser.messageFor("E-mail address"));
            assertEquals("Organisation name" + NAME_RULE, browser.messageFor("Organisation name"));
            assertEquals(EMOJI, value(browser, "First name"));
            assertEquals("Klubs 🎉", value(browser, "Organisation name"));
        }
    }

    @Test
    void registrationKeepsEverythingButThePasswordAfterAValidationError() {
        String email = People.email("keep");
        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.open("/register.xhtml").force("First name", EMOJI).fill("Last name", "Kalniņa").fill("E-mail address", email)
                    .fill("Password", "šī parole der labi").fill("Organisation name", "Saglabātāju biedrība")
                    .select("Country of the organisation", "Lithuania").click("Register");
            assertHealthy(browser, "/register.xhtml");
            assertEquals("First name" + NAME_RULE, browser.messageFor("First name"));
            assertEquals(EMOJI, value(browser, "First name"));
            assertEquals("Kalniņa", value(browser, "Last name"));
            assertEquals(email, value(browser, "E-mail address"));
            assertEquals("Saglabātāju biedrība", value(browser, "Organisation name"));
            assertEquals("Lithuania", selected(browser, "Country of the organisation"));
            assertEquals("", value(browser, "Password"), "a password is never sent back to the browser");

            // a password the policy refuses: the rest stays too
            browser.fill("First name", "Anna").fill("Password", "īsa").click("Register");
            assertHealthy(browser, "/register.xhtml");
            assertEquals("The password must have at least 10 characters.", browser.messageFor("Password"));
            assertEquals("Anna", value(browser, "First name"));
            assertEquals("Saglabātāju biedrība", value(browser, "Organisation name"));

            browser.fill("Password", "šī parole der labi").click("Register");
            assertHealthy(browser, "/check-email.xhtml");
        }
        assertTrue(platform.mailbox().await(email, "Confirm your e-mail").text().startsWith("Hello Anna,"));
    }

    @Test
    void registrationMessagesAreLatvianOnALatvianPage() {
        try (Browser browser = new Browser(platform.baseUrl(), "lv")) {
            browser.open("/register.xhtml");
            assertEquals("lv", browser.htmlLang());
            browser.click("Reģistrēties");
            assertHealthy(browser, "/register.xhtml");
            assertEquals("Vārds: lūdzu, aizpildiet šo lauku.", browser.messageFor("Vārds"));
            assertEquals("Organizācijas valsts: lūdzu, aizpildiet šo lauku.", browser.messageFor("Organizācijas valsts"));

            browser.force("Vārds", EMOJI).force("Uzvārds", NAME_201).force("E-pasta adrese", SQL)
                    .force("Parole", PASSWORD_129).fill("Organizācijas nosaukums", "Biedrība").click("Reģistrēties");
            assertHealthy(browser, "/register.xhtml");
            assertEquals("Vārds: lūdzu, izmantojiet tikai burtus, ciparus, atstarpes un pieturzīmes (bez emocijzīmēm un simboliem), jo tas tiek drukāts sertifikātos.",
                    browser.messageFor("Vārds"));
            assertEquals("Uzvārds: lūdzu, izmantojiet ne vairāk kā 100 rakstzīmes.", browser.messageFor("Uzvārds"));
            assertEquals("E-pasta adrese: lūdzu, ievadiet e-pasta adresi, piemēram, vards@example.org.", browser.messageFor("E-pasta adrese"));
            assertEquals("Parole: lūdzu, izmantojiet ne vairāk kā 128 rakstzīmes.", browser.messageFor("Parole"));
            assertEquals("Biedrība", value(browser, "Organizācijas nosaukums"));

            browser.fill("Vārds", "Līga").fill("Uzvārds", "Ozola").fill("E-pasta adrese", People.email("liga"))
                    .fill("Parole", "īsa").select("Organizācijas valsts", "Latvija").click("Reģistrēties");
            assertEquals("Parolē jābūt vismaz 10 rakstzīmēm.", browser.messageFor("Parole"));
        }
    }

    @Test
    void registrationRefusesACountryThatIsNotOnTheList() {
        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.open("/register.xhtml").fill("First name", "Karlis").fill("Last name", "Zeme")
                    .fill("E-mail address", People.email("karlis")).fill("Password", "valsts nav sarakstā")
                    .fill("Organisation name", "Nekurienes biedrība");
            browser.script("var o = arguments[0].options[1]; o.value = 'XX'; arguments[0].selectedIndex = 1;",
                    browser.field("Country of the organisation"));
            browser.click("Register");
            assertHealthy(browser, "/register.xhtml");
            assertEquals("Country of the organisation: please choose one of the options.",
                    browser.messageFor("Country of the organisation"));
            assertEquals("Nekurienes biedrība", value(browser, "Organisation name"));
        }
    }

    @Test
    void namesInAnyScriptAndWithSqlCharactersAreStoredAndShownExactly() throws SQLException {
        String email = People.email("zoe");
        String password = "Ζωή γράφει κώδικα 2026";
        String organisation = "Молодёжный клуб «Рассвет»";
        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.registerAndConfirm(browser, platform, "Ζωή", "Παπαδοπούλου", email, password, organisation);
            assertEquals(List.of("Ζωή", "Παπαδοπούλου"), storedName(email));
            Journeys.login(browser, email, password);
            assertHealthy(browser, "/index.xhtml");
            assertEquals(GREEK, header(browser));
            assertEquals(organisation, browser.title());
            assertTrue(browser.text().contains("Welcome, " + GREEK + "."), browser.text());

            for (String full : List.of(LATVIAN, CYRILLIC, ARABIC, SQL_NAME)) {
                String first = full.substring(0, full.indexOf(' '));
                String last = full.substring(full.indexOf(' ') + 1);
                browser.click(header(browser)).fill("First name", first).fill("Last name", last).click("Save");
                assertHealthy(browser, "/account/profile.xhtml");
                assertTrue(browser.text().contains("Your details are saved."), browser.text());
                assertEquals(full, header(browser));
                assertEquals(List.of(first, last), storedName(email));
                assertEquals(first, value(browser, "First name"));
                assertEquals(last, value(browser, "Last name"));
            }
            assertTrue(accountCount() > 0, "the table is still there");

            // and after logging in again, from the database
            Journeys.logout(browser);
            Journeys.login(browser, email, password);
            assertEquals(SQL_NAME, header(browser));
            browser.click(header(browser)).force("Last name", SQL).click("Save");
            assertEquals("Last name" + NAME_RULE, browser.messageFor("Last name"));
            assertEquals(SQL, value(browser, "Last name"));
        }
    }

    // ---------------------------------------------------------------- profile

    @Test
    void profileRefusesBadNamesWithMessagesAndKeepsWhatWasTyped() {
        String email = People.email("profile");
        String password = "profila parole ir gara";
        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.registerAndConfirm(browser, platform, "Inese", "Profila", email, password, "Profilu biedrība");
            Journeys.login(browser, email, password);
            browser.open("/account/profile.xhtml");

            browser.fill("First name", "").fill("Last name", "Jaunā").click("Save");
            assertHealthy(browser, "/account/profile.xhtml");
            assertEquals("First name" + REQUIRED, browser.messageFor("First name"));
            assertEquals("Jaunā", value(browser, "Last name"), "the other field keeps the new value");

            browser.fill("First name", "  ").fill("Last name", "Jaunā").click("Save");
            assertEquals("First name" + REQUIRED, browser.messageFor("First name"));

            for (String longName : List.of(NAME_201, HUGE)) {
                browser.force("First name", longName).force("Last name", longName).click("Save");
                assertHealthy(browser, "/account/profile.xhtml");
                assertEquals("First name: please use at most 100 characters.", browser.messageFor("First name"));
                assertEquals("Last name: please use at most 100 characters.", browser.messageFor("Last name"));
            }

            Map<String, String> refused = new LinkedHashMap<>();
            refused.put(SCRIPT, IMG);
            refused.put(EMOJI, "Bērziņš\u202E");
            refused.put(SQL, SQL);
            for (var bad : refused.entrySet()) {
                browser.force("First name", bad.getKey()).force("Last name", bad.getValue()).click("Save");
                assertHealthy(browser, "/account/profile.xhtml");
                assertEquals("First name" + NAME_RULE, browser.messageFor("First name"));
                assertEquals("Last name" + NAME_RULE, browser.messageFor("Last name"));
                assertEquals(bad.getKey(), value(browser, "First name"));
                assertEquals(bad.getValue(), value(browser, "Last name"));
            }

            browser.script("arguments[0].options[0].value = 'tlh';", browser.field("Language"));
            browser.select("Language", "English").fill("First name", "Inese").fill("Last name", "Profila").click("Save");
            assertHealthy(browser, "/account/profile.xhtml");
            assertEquals("Language: please choose one of the options.", browser.messageFor("Language"));

            browser.open("/index.xhtml");
            assertEquals("Inese Profila", header(browser), "nothing refused was saved");

            browser.click("latviešu").open("/account/profile.xhtml");
            browser.fill("Vārds", "").force("Uzvārds", EMOJI).click("Saglabāt");
            assertHealthy(browser, "/account/profile.xhtml");
            assertEquals("Vārds: lūdzu, aizpildiet šo lauku.", browser.messageFor("Vārds"));
            assertTrue(browser.messageFor("Uzvārds").startsWith("Uzvārds: lūdzu, izmantojiet tikai burtus"), browser.messageFor("Uzvārds"));
        }
    }

    // ---------------------------------------------------------------- change password

    @Test
    void changePasswordExplainsEveryRefusalAndAcceptsAnyCharacters() {
        String email = People.email("password");
        String password = "sākuma parole ir laba";
        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.registerAndConfirm(browser, platform, "Pauls", "Parolnieks", email, password, "Paroļu biedrība");
            Journeys.login(browser, email, password);
            browser.open("/account/password.xhtml").click("Change password");
            assertHealthy(browser, "/account/password.xhtml");
            assertEquals("Current password" + REQUIRED, browser.messageFor("Current password"));
            assertEquals("New password" + REQUIRED, browser.messageFor("New password"));

            for (String tooLong : List.of(PASSWORD_129, HUGE)) {
                browser.force("Current password", tooLong).force("New password", tooLong).click("Change password");
                assertHealthy(browser, "/account/password.xhtml");
                assertEquals("Current password: please use at most 128 characters.", browser.messageFor("Current password"));
                assertEquals("New password: please use at most 128 characters.", browser.messageFor("New password"));
            }

            browser.fill("Current password", password).fill("New password", "īsa").click("Change password");
            assertEquals("The password must have at least 10 characters.", browser.messageFor("New password"));
            browser.fill("Current password", SQL).fill("New password", "cita laba parole").click("Change password");
            assertHealthy(browser, "/account/password.xhtml");
            assertEquals("The current password is not right.", browser.messageFor("Current password"));

            String exotic = SQL + " " + SCRIPT + " " + GREEK + " " + HEBREW + " 😀";
            browser.fill("Current password", password).force("New password", exotic).click("Change password");
            assertHealthy(browser, "/account/password.xhtml");
            assertTrue(browser.text().contains("Your password has been changed."), browser.text());
            assertNoInjection(browser);

            Journeys.logout(browser);
            browser.open("/login.xhtml").fill("E-mail address", email).force("Password", exotic).click("Log in");
            assertHealthy(browser, "/index.xhtml");
            assertEquals("Pauls Parolnieks", header(browser));
        }
    }

    // ---------------------------------------------------------------- forgotten password and login

    @Test
    void forgottenPasswordAndLoginExplainBadAddressesInThePagesLanguage() {
        try (Browser browser = new Browser(platform.baseUrl())) {
            browser.open("/forgot-password.xhtml").click("Send the link");
            assertHealthy(browser, "/forgot-password.xhtml");
            assertEquals("E-mail address" + REQUIRED, browser.messageFor("E-mail address"));

            for (String tooLong : List.of(EMAIL_255, HUGE)) {
                browser.force("E-mail address", tooLong).click("Send the link");
                assertHealthy(browser, "/forgot-password.xhtml");
                assertEquals("E-mail address: please use at most 254 characters.", browser.messageFor("E-mail address"));
            }
            for (String bad : List.of(SCRIPT, IMG, SQL, LATVIAN, GREEK, CYRILLIC, EMOJI, HEBREW)) {
                browser.force("E-mail address", bad).click("Send the link");
                assertHealthy(browser, "/forgot-password.xhtml");
                assertEquals("E-mail address" + EMAIL_RULE, browser.messageFor("E-mail address"), bad);
                assertEquals(bad, value(browser, "E-mail address"));
            }

            browser.open("/login.xhtml").force("E-mail address", HUGE).force("Password", HUGE).click("Log in");
            assertHealthy(browser, "/login.xhtml");
            assertEquals("E-mail address: please use at most 254 characters.", browser.messageFor("E-mail address"));
            assertEquals("Password: please use at most 128 characters.", browser.messageFor("Password"));
            browser.force("E-mail address", IMG).fill("Password", "kaut kas").click("Log in");
            assertEquals("E-mail address" + EMAIL_RULE, browser.messageFor("E-mail address"));
        }
        try (Browser latvian = new Browser(platform.baseUrl(), "lv")) {
            latvian.open("/forgot-password.xhtml").click("Nosūtīt saiti");
            assertEquals("E-pasta adrese: lūdzu, aizpildiet šo lauku.", latvian.messageFor("E-pasta adrese"));
            latvian.force("E-pasta adrese", SCRIPT).click("Nosūtīt saiti");
            assertHealthy(latvian, "/forgot-password.xhtml");
            assertEquals("E-pasta adrese: lūdzu, ievadiet e-pasta adresi, piemēram, vards@example.org.", latvian.messageFor("E-pasta adrese"));
        }
    }

    // ---------------------------------------------------------------- members

    @Test
    void theInvitationFormExplainsBadAddressesAndShowsOddValidOnesAsText() {
        String email = People.email("owner");
        String password = "īpašnieka parole laba";
        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.registerAndConfirm(browser, platform, "Olga", "Īpašniece", email, password, "Uzaicinātāju biedrība");
            Journeys.login(browser, email, password);
            String label = "Colleague’s e-mail address";
            browser.open("/organisation/members.xhtml").click("Send invitation");
            assertHealthy(browser, "/organisation/members.xhtml");
            assertEquals(label + REQUIRED, browser.messageFor(label));

            for (String tooLong : List.of(EMAIL_255, HUGE)) {
                browser.force(label, tooLong).click("Send invitation");
                assertHealthy(browser, "/organisation/members.xhtml");
                assertEquals(label + ": please use at most 254 characters.", browser.messageFor(label));
            }
            for (String bad : List.of(SCRIPT, IMG, SQL, CYRILLIC, EMOJI, ARABIC)) {
                browser.force(label, bad).click("Send invitation");
                assertHealthy(browser, "/organisation/members.xhtml");
                assertEquals(label + EMAIL_RULE, browser.messageFor(label), bad);
                assertEquals(bad, value(browser, label));
            }
            assertEquals("Uzaicinātāju biedrība", value(browser, "Organisation name"), "the other form is untouched");

            // valid by the standard, hostile in a page: sent, and shown as text in the message and the list
            String quoted = "\"" + SCRIPT + "\"@example.org";
            browser.force(label, quoted).click("Send invitation");
            assertHealthy(browser, "/organisation/members.xhtml");
            assertTrue(browser.text().contains("An invitation has been sent to " + quoted + "."), browser.text());
            assertTrue(browser.text().contains(quoted), "listed among the open invitations: " + browser.text());

            // the organisation's details on the same page
            browser.force("Organisation name", IMG).click("Save");
            assertHealthy(browser, "/organisation/members.xhtml");
            assertEquals("Organisation name" + NAME_RULE, browser.messageFor("Organisation name"));
            assertEquals(IMG, value(browser, "Organisation name"));

            browser.click("latviešu").open("/organisation/members.xhtml").force("Kolēģa e-pasta adrese", EMOJI)
                    .click("Nosūtīt uzaicinājumu");
            assertHealthy(browser, "/organisation/members.xhtml");
            assertEquals("Kolēģa e-pasta adrese: lūdzu, ievadiet e-pasta adresi, piemēram, vards@example.org.",
                    browser.messageFor("Kolēģa e-pasta adrese"));
        }
    }

    // ---------------------------------------------------------------- new organisation

    @Test
    void aNewOrganisationNeedsAPrintableNameAndKeepsRightToLeftNamesExactly() throws SQLException {
        String email = People.email("founder");
        String password = "dibinātāja parole laba";
        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.registerAndConfirm(browser, platform, "Dace", "Dibinātāja", email, password, "Pirmā biedrība");
            Journeys.login(browser, email, password);
            browser.open("/organisation/new.xhtml").click("Register the organisation");
            assertHealthy(browser, "/organisation/new.xhtml");
            assertEquals("Organisation name" + REQUIRED, browser.messageFor("Organisation name"));
            assertEquals("Country of the organisation" + REQUIRED, browser.messageFor("Country of the organisation"));

            browser.fill("Organisation name", "   ").select("Country of the organisation", "Israel").click("Register the organisation");
            assertEquals("Organisation name" + REQUIRED, browser.messageFor("Organisation name"));
            assertEquals("Israel", selected(browser, "Country of the organisation"));

            for (String tooLong : List.of(NAME_201, HUGE)) {
                browser.force("Organisation name", tooLong).click("Register the organisation");
                assertHealthy(browser, "/organisation/new.xhtml");
                assertEquals("Organisation name: please use at most 200 characters.", browser.messageFor("Organisation name"));
            }
            for (String bad : List.of(SCRIPT, IMG, SQL, EMOJI, "Klubs \u202Eenon")) {
                browser.force("Organisation name", bad).click("Register the organisation");
                assertHealthy(browser, "/organisation/new.xhtml");
                assertEquals("Organisation name" + NAME_RULE, browser.messageFor("Organisation name"), bad);
                assertEquals(bad, value(browser, "Organisation name"));
                assertEquals("Israel", selected(browser, "Country of the organisation"), "the choice stays");
            }

            browser.fill("Organisation name", HEBREW).click("Register the organisation");
            assertHealthy(browser, "/index.xhtml");
            assertEquals(HEBREW, browser.title());
            assertTrue(browser.text().contains("The organisation " + HEBREW + " is registered and you are its owner."), browser.text());
            assertEquals(HEBREW, storedOrganisation(HEBREW));

            browser.open("/organisation/new.xhtml").fill("Organisation name", SQL_NAME).select("Country of the organisation", "Latvia")
                    .click("Register the organisation");
            assertHealthy(browser, "/index.xhtml");
            assertEquals(SQL_NAME, browser.title());
            assertEquals(SQL_NAME, storedOrganisation(SQL_NAME));
            assertTrue(accountCount() > 0, "the table is still there");
        }
    }

    // ---------------------------------------------------------------- helpers

    /** No error page, no 5xx, no script run, no element injected, and the page expected. */
    public static void assertHealthy(Browser browser, String expectedPath) {
        try {
            String alert = browser.driver().switchTo().alert().getText();
            fail("a script ran: alert " + alert);
        } catch (NoAlertPresentException expected) {
            // good
        }
        Object status = browser.script("var n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : -1;");
        assertTrue(status instanceof Number n && n.intValue() > 0 && n.intValue() < 400,
                "status " + status + " on " + browser.path() + ":\n" + browser.text());
        String title = browser.driver().findElements(By.tagName("h1")).stream().map(e -> e.getText()).findFirst().orElse("");
        assertFalse(List.of("Something went wrong", "The page has expired", "Page not found", "Kaut kas nogāja greizi",
                "Lapas derīgums beidzies", "Lapa nav atrasta", "").contains(title), "an error page: " + title + "\n" + browser.text());
        assertFalse(browser.text().contains("Exception"), browser.text());
        assertEquals(expectedPath, browser.path(), browser.text());
        assertNoInjection(browser);
    }

    public static void assertNoInjection(Browser browser) {
        Object injected = browser.script("return document.querySelectorAll('img[src=\"x\"], img[onerror], [id=\"yp-injected\"]').length"
                + " + Array.from(document.scripts).filter(s => s.textContent.indexOf('alert(1)') >= 0).length;");
        assertEquals(0L, ((Number) injected).longValue(), "HTML from the input became part of the page");
    }

    public static String value(Browser browser, String label) {
        return browser.field(label).getDomProperty("value");
    }

    static String selected(Browser browser, String label) {
        return new org.openqa.selenium.support.ui.Select(browser.field(label)).getFirstSelectedOption().getText();
    }

    static String header(Browser browser) {
        return browser.driver().findElement(By.id("navProfile")).getText();
    }

    private List<String> storedName(String email) throws SQLException {
        try (Connection c = platform.database().connectAsAdmin();
             PreparedStatement s = c.prepareStatement("select first_name, last_name from user_account where email = ?")) {
            s.setString(1, email);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no account " + email);
                return List.of(r.getString(1), r.getString(2));
            }
        }
    }

    private String storedOrganisation(String name) throws SQLException {
        try (Connection c = platform.database().connectAsAdmin();
             PreparedStatement s = c.prepareStatement("select name from organisation where name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no organisation named " + name);
                return r.getString(1);
            }
        }
    }

    private long accountCount() throws SQLException {
        try (Connection c = platform.database().connectAsAdmin();
             ResultSet r = c.createStatement().executeQuery("select count(*) from user_account")) {
            r.next();
            return r.getLong(1);
        }
    }
}
