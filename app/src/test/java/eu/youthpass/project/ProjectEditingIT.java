package eu.youthpass.project;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two people editing at once, a repeated project number, searching projects, and hundreds of people in pages. */
class ProjectEditingIT {

    private final PlatformServer platform = PlatformServer.get();

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndKeepsWhatWasTyped() {
        var organisation = Seeds.organisation(platform, "Divi redaktori", "Alise", "Egle");
        try (Browser first = new Browser(platform.baseUrl()); Browser second = new Browser(platform.baseUrl())) {
            Journeys.login(first, organisation.owner().email(), organisation.owner().password());
            long id = Journeys.createProject(first, "2023-1-LV02-KA152-YOU-000000042", "Shared project");
            Journeys.login(second, organisation.owner().email(), organisation.owner().password());

            first.open("/project/edit.xhtml?id=" + id);
            second.open("/project/edit.xhtml?id=" + id);
            first.fill("Project title", "Title by the first").click("Save");
            assertTrue(first.text().contains("The project is saved."), first.text());

            second.fill("Project title", "Title by the second").click("Save");
            assertTrue(second.text().contains("Someone else saved this while you were editing it."), second.text());
            assertEquals("Title by the second", second.field("Project title").getAttribute("value"));
            second.click("Reload");
            assertEquals("Title by the first", second.field("Project title").getAttribute("value"));
            second.fill("Project title", "Title by the second").click("Save");
            assertTrue(second.text().contains("The project is saved."), second.text());
            assertEquals("Title by the second", second.title());
        }
    }

    @Test
    void aRepeatedNumberIsAllowedWithAWarningAndProjectsAreFoundByNumberOrTitle() {
        var organisation = Seeds.organisation(platform, "Brīvprātīgo koordinators", "Ilze", "Vītola");
        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.login(browser, organisation.owner().email(), organisation.owner().password());
            Journeys.createProject(browser, "2024-1-LV02-ESC51-VTJ-000111222", "Volunteer Anna");
            browser.open("/project/new.xhtml").fill("Project number", "2024-1-LV02-ESC51-VTJ-000111222").click("Check the number");
            assertTrue(browser.text().contains("Your organisation already has 1 project(s) with this number."), browser.text());
            browser.fill("Project title", "Volunteer Ben").fillDate("Start date", "01/07/2026").fillDate("End date", "31/08/2026")
                    .click("Save the project");
            assertTrue(browser.text().contains("The project “Volunteer Ben” is saved."), browser.text());
            Journeys.createProject(browser, "2019-2-CZ01-ESC11-061562", "Older volunteering");

            browser.open("/project/index.xhtml").fill("Number or title", "volunteer b").click("Search");
            browser.waitFor("Volunteer Ben");
            assertFalse(browser.text().contains("Volunteer Anna"), browser.text());
            browser.fill("Number or title", "000111222").click("Search");
            browser.waitFor("Volunteer Anna");
            assertTrue(browser.text().contains("Volunteer Ben"), browser.text());
            assertFalse(browser.text().contains("Older volunteering"), browser.text());

            browser.open("/project/index.xhtml").click("2019-2-CZ01-ESC11-061562");
            assertTrue(browser.text().contains("its certificates use the older layout"), browser.text());
        }
    }

    @Test
    void hundredsOfPeopleArePagedSearchedFilteredAndRemovable() throws Exception {
        var organisation = Seeds.organisation(platform, "Liela apmaiņa", "Roberts", "Liepiņš");
        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.login(browser, organisation.owner().email(), organisation.owner().password());
            long projectId = Journeys.createProject(browser, "2023-2-LV02-KA152-YOU-000000300", "Big exchange");
            seedPeople(projectId, organisation.id(), 260);

            browser.open("/project/people.xhtml?project=" + projectId);
            assertTrue(browser.text().contains("1–25 / 260"), browser.text());
            browser.fill("Name or e-mail", "person 0137").click("Search");
            browser.waitFor("1–1 / 1");
            assertTrue(browser.text().contains("Person 0137"), browser.text());
            browser.select("Status", "Certificate issued").fill("Name or e-mail", "").click("Search");
            browser.waitFor("1–10 / 10");

            browser.select("Status", "All statuses").fill("Name or e-mail", "person 0001").click("Search");
            browser.waitFor("1–1 / 1");
            assertFalse(browser.text().contains("Remove"), "someone with a certificate stays: " + browser.text());
            browser.fill("Name or e-mail", "person 0011").click("Search");
            browser.waitFor("Person 0011");
            browser.click("Remove");
            browser.waitFor("Remove this person from the project?");
            browser.click("Yes");
            browser.waitFor("The person is removed from the project.");
            assertEquals(259, count("select count(*) from person where project_id = " + projectId));
        }
    }

    /** People written straight to the database (ids from the same sequence blocks EclipseLink uses). */
    private void seedPeople(long projectId, long organisationId, int n) throws Exception {
        try (Connection c = platform.database().connectAsAdmin()) {
            c.setAutoCommit(false);
            long activity;
            try (ResultSet rs = c.createStatement().executeQuery("select id from activity where project_id = " + projectId)) {
                rs.next();
                activity = rs.getLong(1);
            }
            try (PreparedStatement person = c.prepareStatement("""
                    insert into person (id, organisation_id, project_id, kind, first_name, last_name, email, residence_country,
                    certificate_languages, status, created_at, version)
                    values (?, ?, ?, 'PARTICIPANT', 'Person', ?, ?, 'LV', 'en', ?, now(), 0)""");
                 PreparedStatement link = c.prepareStatement("insert into person_activity (person_id, activity_id) values (?, ?)")) {
                long next = 0;
                long top = -1;
                for (int i = 1; i <= n; i++) {
                    if (next > top) {
                        try (ResultSet rs = c.createStatement().executeQuery("select nextval('person_seq')")) {
                            rs.next();
                            top = rs.getLong(1);
                            next = top - 49;
                        }
                    }
                    long id = next++;
                    person.setLong(1, id);
                    person.setLong(2, organisationId);
                    person.setLong(3, projectId);
                    person.setString(4, String.format("%04d", i));
                    person.setString(5, "person" + i + "@example.org");
                    person.setString(6, i <= 10 ? "CERTIFICATE_ISSUED" : "ADDED");
                    person.addBatch();
                    link.setLong(1, id);
                    link.setLong(2, activity);
                    link.addBatch();
                }
                person.executeBatch();
                link.executeBatch();
            }
            c.commit();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = platform.database().connectAsAdmin(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
