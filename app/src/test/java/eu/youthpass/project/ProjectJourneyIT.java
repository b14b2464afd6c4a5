package eu.youthpass.project;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.People;
import eu.youthpass.testing.PlatformServer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An organisation goes from "Enter new project" to a project with an activity and people, in English and Latvian;
 * another organisation gets "not found" for every one of its URLs.
 */
class ProjectJourneyIT {

    private final PlatformServer platform = PlatformServer.get();

    @Test
    void enterNumberDetailsActivityAndPeopleThenAnotherOrganisationSeesNothing() throws Exception {
        String ownerA = People.email("dace");
        String password = "Dace vada jauniešu apmaiņu";
        long projectId;
        long activityId;
        long personId;
        try (Browser a = new Browser(platform.baseUrl())) {
            Journeys.registerAndConfirm(a, platform, "Dace", "Liepa", ownerA, password, "Jauniešu klubs Ventspilī");
            Journeys.login(a, ownerA, password);
            a.click("Projects").click("Enter new project");

            // a wrong national agency is named, surrounding invisible characters are trimmed and said
            a.fill("Project number", "2022-1-L02-KA152-YOU-000000000").click("Check the number");
            assertTrue(a.text().contains("The national agency code must be two letters and two digits"), a.text());
            a.fill("Project number", "\u200B 2022-1-lv02-ka152-you-000000123\u00A0").click("Check the number");
            assertTrue(a.text().contains("We removed spaces or invisible characters around the number."), a.text());
            assertTrue(a.text().contains("2022-1-LV02-KA152-YOU-000000123"), a.text());
            assertTrue(a.text().contains("Youth exchange"), a.text());

            // dates out of order are refused next to the field, nothing typed is lost
            a.fill("Project title", "Voices of the Baltic <b>coast</b>")
                    .fillDate("Start date", "01/07/2026").fillDate("End date", "30/06/2026").click("Save the project");
            assertTrue(a.text().contains("The end date must not be before the start date."), a.text());
            assertEquals("Voices of the Baltic <b>coast</b>", a.field("Project title").getAttribute("value"));
            a.fillDate("End date", "31/08/2026").fill("Legal representative: name", "Ēriks Šņore").click("Save the project");
            assertTrue(a.text().contains("The project “Voices of the Baltic <b>coast</b>” is saved."), a.text());
            assertEquals("Voices of the Baltic <b>coast</b>", a.title());
            projectId = Long.parseLong(a.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertTrue(a.text().contains("Add at least one activity first"), a.text());

            // people wait for an activity
            a.click("Participants and team members");
            assertTrue(a.text().contains("Add an activity to the project first"), a.text());
            a.click("Add an activity");
            assertTrue(a.text().contains("As long as the project has only this activity"), a.text());
            a.select("Type of activity", "Youth exchange").fill("Title of the activity", "Exchange in Ventspils")
                    .fillDate("First day", "10/07/2026").fillDate("Last day", "20/09/2026").click("Save");
            assertTrue(a.text().contains("The activity “Exchange in Ventspils” is saved."), a.text());
            assertTrue(a.text().contains("the activity is not within the dates of the project"), a.text());
            assertTrue(a.text().contains("This project has exactly one activity"), a.text());

            a.click("Participants and team members").click("Add a person");
            a.fill("First name", "Ζωή").fill("Last name", "Παπαδοπούλου").fill("E-mail address", "zoe@example.org")
                    .select("Country of residence", "Greece").click("Save");
            assertTrue(a.text().contains("Ζωή Παπαδοπούλου is saved."), a.text());
            assertTrue(a.text().contains("Participant") && a.text().contains("Added"), a.text());

            // in Latvian
            a.click("latviešu");
            assertTrue(a.text().contains("Dalībnieki un komandas locekļi"), a.text());
            a.click("Pievienot cilvēku");
            a.choose("Komandas loceklis").waitFor("Loma komandā");
            a.fill("Vārds", "Иван").fill("Uzvārds", "Петров").fill("E-pasta adrese", "ivan@example.org")
                    .select("Dzīvesvietas valsts", "Bulgārija").click("Saglabāt");
            assertTrue(a.text().contains("Lūdzu, izvēlieties lomu komandā."), a.text());
            assertEquals("Иван", a.field("Vārds").getAttribute("value"));
            a.select("Loma komandā", "Mentors").click("Saglabāt");
            assertTrue(a.text().contains("Иван Петров ir saglabāts."), a.text());
            assertTrue(a.text().contains("Komandas loceklis (Mentors)"), a.text());

            a.open("/project/view.xhtml?id=" + projectId);
            assertTrue(a.text().contains("Izmaiņu vēsture") && a.text().contains("Cilvēks pievienots: Иван Петров"), a.text());
            assertTrue(a.text().contains("Organizācijas nevar dzēst projektus"), a.text());
            a.screenshot("project-overview-lv");

            try (Connection c = platform.database().connectAsAdmin();
                 ResultSet rs = c.createStatement().executeQuery(
                         "select a.id, p.id from activity a join person p on p.project_id = a.project_id where a.project_id = " + projectId
                                 + " order by p.id limit 1")) {
                assertTrue(rs.next());
                activityId = rs.getLong(1);
                personId = rs.getLong(2);
            }
        }

        String ownerB = People.email("oskars");
        try (Browser b = new Browser(platform.baseUrl())) {
            Journeys.registerAndConfirm(b, platform, "Oskars", "Kalns", ownerB, password, "Cita biedrība");
            Journeys.login(b, ownerB, password);
            for (String url : new String[]{
                    "/project/view.xhtml?id=" + projectId,
                    "/project/edit.xhtml?id=" + projectId,
                    "/project/people.xhtml?project=" + projectId,
                    "/project/activity.xhtml?project=" + projectId,
                    "/project/activity.xhtml?project=" + projectId + "&id=" + activityId,
                    "/project/person.xhtml?project=" + projectId,
                    "/project/person.xhtml?project=" + projectId + "&id=" + personId,
                    "/project/view.xhtml?id=abc"}) {
                b.open(url);
                assertEquals("Page not found", b.title(), url + ":\n" + b.text());
                assertFalse(b.text().contains("Voices of the Baltic") || b.text().contains("Ζωή"), url);
            }
            b.open("/project/index.xhtml");
            assertTrue(b.text().contains("No projects yet"), b.text());
        }
    }
}
