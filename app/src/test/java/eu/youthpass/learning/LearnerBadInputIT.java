package eu.youthpass.learning;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static eu.youthpass.account.BadInputIT.HUGE;
import static eu.youthpass.account.BadInputIT.IMG;
import static eu.youthpass.account.BadInputIT.SCRIPT;
import static eu.youthpass.account.BadInputIT.assertHealthy;
import static eu.youthpass.account.BadInputIT.assertNoInjection;
import static eu.youthpass.testing.LearnerForm.answer;
import static eu.youthpass.testing.LearnerForm.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input in every field of the learner's form: overlong texts are refused with a message and stay typed, markup
 * shows as text on every page that shows it (learner, preview, organisation's review), right-to-left and other
 * scripts survive, and only http/https links are taken.
 */
class LearnerBadInputIT {

    private static final String ARABIC = "تعلمت العمل في فريق دولي";
    private static final String HEBREW = "למדתי לעבוד בצוות בינלאומי";
    private static final String BOLD = "<b id=\"yp-injected\">Bold</b> & co";

    private final PlatformServer platform = PlatformServer.get();

    @Test
    void everyFieldTakesBadInputKindly() {
        Seeds.SeededOrganisation org = Seeds.organisation(platform, "Youth club Daugava", "Laura", "Bērziņa");
        Seeds.Learner mara = Seeds.Learner.participant("Māra", "Ozoliņa", "en");
        Seeds.SeededProject project = Seeds.project(platform, org.id(), "Rivers and people", mara);
        long maraId = project.learnerIds().get(0);
        String learnerPage = "/project/learner.xhtml?project=" + project.id() + "&id=" + maraId;
        String link;
        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, org.owner().email(), org.owner().password());
            owner.open(learnerPage).force("Personal message (optional)", "m".repeat(2001)).click("Send link");
            owner.waitFor("Personal message (optional): please use at most 2,000 characters.");
            owner.fill("Personal message (optional)", SCRIPT).fillDate("Suggested deadline (optional)", "01/01/2020").click("Send link");
            owner.waitFor("The deadline must not be in the past.");
            assertEquals(0, Seeds.query(platform, "select id from learner_invitation where person_id = ?", maraId).size(), "nothing sent yet");
            owner.fillDate("Suggested deadline (optional)", "").click("Send link").waitFor("1 invitation sent.");
            link = owner.driver().findElement(By.cssSelector("input.yp-copy-link")).getAttribute("value");
        }

        try (Browser learner = new Browser(platform.baseUrl())) {
            learner.openUrl(link);
            assertHealthy(learner, "/learn/index.xhtml");
            assertTrue(learner.textOf("personalMessage").contains(SCRIPT), "the organisation's message shows as text");

            // overlong: refused next to the field, the typed text stays, nothing else lost
            type(learner, answer(learner, "KC1_LITERACY"), "I wrote a blog.");
            learner.waitFor("All changes saved.");
            setAndChange(learner, answer(learner, "KC1_LITERACY"), HUGE);
            learner.waitFor("please use at most 5,000 characters");
            assertEquals(HUGE.length(), answer(learner, "KC1_LITERACY").getDomProperty("value").length(), "the typed text stays");
            setAndChange(learner, learner.field("What did you do in the project?"), HUGE);
            learner.waitFor("Your tasks in the project: please use at most 3,000 characters.");

            // markup, right-to-left text and other scripts: saved and shown as text
            type(learner, answer(learner, "KC2_MULTILINGUAL"), SCRIPT + " " + ARABIC);
            learner.waitFor("All changes saved.");
            type(learner, answer(learner, "KC3_MATHS_SCIENCE_TECHNOLOGY"), IMG + " " + HEBREW);
            learner.fill("Name", BOLD);
            learner.fill("Title", BOLD).fill("Web address", "JavaScript:alert(1)").click("Add link");
            learner.waitFor("Please enter a web address starting with https:// or http://.");
            learner.fill("Web address", "data:text/html,<script>alert(1)</script>").click("Add link");
            learner.waitFor("Please enter a web address starting with https:// or http://.");
            learner.fill("Title", "").fill("Web address", "https://example.org/ok").click("Add link");
            learner.waitFor("Please give the link a title.");
            assertEquals(0, Seeds.query(platform, "select url from evidence_link where person_id = ?", maraId).size(), "no link taken");
            learner.fill("Title", BOLD).fill("Web address", "https://example.org/a?b=1&c='x'#%3Cd%3E").click("Add link");
            learner.waitFor("https://example.org/a?b=1&c='x'#%3Cd%3E");

            // names and dates
            learner.force("First name", "Ā".repeat(101));
            learner.click("Save").waitFor("First name: please use at most 100 characters.");
            learner.fill("First name", "Māra 😀").click("Save");
            learner.waitFor("First name: please use letters, numbers, spaces and punctuation only");
            learner.fill("First name", "").click("Save").waitFor("Please enter your name as it should appear on your certificate.");
            learner.fill("First name", "Māra").fillDate("Date of birth", "31/12/2099").click("Save");
            learner.waitFor("The date of birth must be in the past.");
            learner.fillDate("Date of birth", "not a date").click("Save");
            learner.waitFor("Date of birth: please enter a date like 31/12/2026.");
            learner.fillDate("Date of birth", "").click("Save").waitFor("Saved.");

            // the journal: empty and overlong entries are refused
            learner.click("Add to journal").waitFor("Please write something first.");
            learner.force("What happened, what did you notice or learn?", HUGE).click("Add to journal");
            learner.waitFor("please use at most 5,000 characters");
            assertHealthy(learner, "/learn/index.xhtml");

            learner.open("/learn/index.xhtml?token=" + link.replaceAll(".*token=", ""));
            assertEquals("I wrote a blog.", answer(learner, "KC1_LITERACY").getDomProperty("value"), "the refused text did not replace the saved one");
            assertEquals(SCRIPT + " " + ARABIC, answer(learner, "KC2_MULTILINGUAL").getDomProperty("value"));
            assertEquals(IMG + " " + HEBREW, answer(learner, "KC3_MATHS_SCIENCE_TECHNOLOGY").getDomProperty("value"));
            assertNoInjection(learner);
            learner.click("Preview certificate");
            assertHealthy(learner, "/learn/preview.xhtml");
            String preview = learner.textOf("preview");
            assertTrue(preview.contains(SCRIPT + " " + ARABIC) && preview.contains(IMG + " " + HEBREW) && preview.contains(BOLD), preview);
            assertFalse(learner.driver().findElements(By.cssSelector("#preview a[href^='javascript']")).size() > 0);
            learner.click("← Back to your form").click("Submit for review").click("Yes").waitFor("Thank you!");
        }

        try (Browser owner = new Browser(platform.baseUrl())) {
            Journeys.login(owner, org.owner().email(), org.owner().password());
            owner.open(learnerPage);
            assertHealthy(owner, "/project/learner.xhtml");
            String outcomes = owner.textOf("outcomes");
            assertTrue(outcomes.contains(SCRIPT + " " + ARABIC) && outcomes.contains(IMG + " " + HEBREW) && outcomes.contains(BOLD), outcomes);
            owner.click("Send back for changes").waitFor("Please write what the learner should change.");
            owner.force("Comment for the learner", HUGE).click("Accept");
            owner.waitFor("Comment for the learner: please use at most 2,000 characters.");
            owner.select("Text to correct", "Literacy competence");
            owner.click("Save correction").waitFor("Please say why you correct the learner’s text.");
            assertEquals("SUBMITTED", Seeds.query(platform, "select status from person where id = ?", maraId).get(0));
            assertHealthy(owner, "/project/learner.xhtml");
        }
    }

    /** Pastes a value past any browser limit and leaves the field, as a hand-made request would. */
    private static void setAndChange(Browser browser, WebElement field, String value) {
        browser.script("arguments[0].removeAttribute('maxlength'); arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
    }
}
