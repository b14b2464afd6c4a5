package eu.youthpass.project;

import eu.youthpass.account.BadInputIT;
import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input in every field of the project, activity and person forms: a message next to the field, nothing lost. */
class ProjectBadInputIT {

    private final PlatformServer platform = PlatformServer.get();

    @Test
    void projectActivityAndPersonFormsAnswerBadInputWithMessages() {
        var organisation = Seeds.organisation(platform, "Nepareizi dati", "Kārlis", "Ozols");
        try (Browser b = new Browser(platform.baseUrl())) {
            Journeys.login(b, organisation.owner().email(), organisation.owner().password());

            // the number: empty, spaces inside, SQL, HTML
            b.open("/project/new.xhtml").fill("Project number", "   ").click("Check the number");
            assertTrue(b.messageFor("Project number").contains("Please enter the project number from your grant agreement."), b.text());
            for (String bad : new String[]{"2022-1-LV02-KA152-YOU-000 000 000", "'; drop table project; --", BadInputIT.SCRIPT}) {
                b.force("Project number", bad).click("Check the number");
                BadInputIT.assertHealthy(b, "/project/new.xhtml");
                assertTrue(b.messageFor("Project number").length() > 10, bad + ":\n" + b.text());
            }
            b.fill("Project number", "2022-1-LV02-KA153-YOU-000000555").click("Check the number");
            assertTrue(b.text().contains("Mobility of youth workers"), b.text());

            // details: empty, overlong, script, emoji in a signatory's name, a date that is not a date
            b.click("Save the project");
            assertTrue(b.messageFor("Project title").contains("please fill this in")
                    && b.messageFor("Start date").contains("please fill this in"), b.text());
            b.force("Project title", "T".repeat(301)).force("Description", BadInputIT.HUGE + "y")
                    .fillDate("Start date", "next summer").fillDate("End date", "31/08/2026")
                    .fill("Legal representative: name", "Anna 😀").fill("Venue (city)", BadInputIT.IMG).click("Save the project");
            BadInputIT.assertHealthy(b, "/project/new.xhtml");
            assertTrue(b.messageFor("Project title").contains("at most 300 characters"), b.text());
            assertTrue(b.messageFor("Description").contains("at most 20,000 characters"), b.text());
            assertTrue(b.messageFor("Start date").contains("please enter a date like 31/12/2026"), b.text());
            assertTrue(b.messageFor("Legal representative: name").contains("no emoji"), b.text());
            assertTrue(b.messageFor("Venue (city)").isEmpty(), "any text is a city: " + b.text());
            assertEquals("Anna 😀", BadInputIT.value(b, "Legal representative: name"), "nothing typed is lost");

            b.fill("Project title", "Δράση <i>Ελλάδα</i> — Ūdens").fillDate("Start date", "01/07/2026")
                    .fill("Description", "Аims: " + BadInputIT.SCRIPT).fill("Legal representative: name", "Ēriks Šņore")
                    .click("Save the project");
            assertEquals("Δράση <i>Ελλάδα</i> — Ūdens", b.title());
            BadInputIT.assertNoInjection(b);

            // activity: no type, dates out of order
            b.click("Add an activity").click("Save");
            assertTrue(b.messageFor("Type of activity").contains("please fill this in"), b.text());
            b.select("Type of activity", "Training course").fill("Title of the activity", BadInputIT.IMG)
                    .fillDate("First day", "10/08/2026").fillDate("Last day", "01/08/2026").click("Save");
            assertTrue(b.messageFor("Last day").contains("The end date must not be before the start date."), b.text());
            b.fillDate("Last day", "12/08/2026").click("Save");
            BadInputIT.assertHealthy(b, "/project/view.xhtml");
            assertTrue(b.text().contains(BadInputIT.IMG.strip()), b.text());

            // person: empty, bad e-mail, emoji, future birth date, overlong place of birth
            b.click("Participants and team members").click("Add a person").click("Save");
            assertTrue(b.messageFor("First name").contains("please fill this in")
                    && b.messageFor("E-mail address").contains("please fill this in")
                    && b.messageFor("Country of residence").contains("please fill this in"), b.text());
            b.fill("First name", "Zoë 🎉").fill("Last name", "Ørsted").fill("E-mail address", "zoe@@example")
                    .select("Country of residence", "Denmark").fillDate("Date of birth", "01/01/2099")
                    .force("Place of birth", "P".repeat(101)).click("Save");
            BadInputIT.assertHealthy(b, "/project/person.xhtml");
            assertTrue(b.messageFor("First name").contains("no emoji"), b.text());
            assertTrue(b.messageFor("E-mail address").contains("like name@example.org"), b.text());
            assertTrue(b.messageFor("Place of birth").contains("at most 100 characters"), b.text());
            b.fill("First name", "Zoë").fill("E-mail address", "zoe@example.org").fill("Place of birth", "København")
                    .click("Save");
            assertTrue(b.messageFor("Date of birth").contains("The date of birth must be in the past."), b.text());
            b.fillDate("Date of birth", "24/12/2005").click("Save");
            assertTrue(b.text().contains("Zoë Ørsted is saved."), b.text());
        }
    }
}
