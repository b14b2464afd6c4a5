package eu.youthpass.demo;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The weekly wipe, run by the helpdesk: every demo organisation's data goes and the example projects come back, the
 * same each time; an organisation outside the demo in the same database stays exactly as it was, row for row; and a
 * run that stopped half-way (its replica died) is resumed by the minute timer.
 */
class DemoWipeIT {

    private final PlatformServer demo = PlatformServer.get();

    @Test
    void theHelpdeskWipesTheDemoAndEverythingOutsideItStaysAsItWas() throws SQLException {
        long outside = outsideOrganisation();
        TreeMap<String, List<String>> before = rowsOf(outside);
        long shared = sharedOrganisation();
        Seeds.project(demo, shared, "Entered by a visitor", Seeds.Learner.participant("Visitor", "Data", "en"));
        long visitorsOwn = organisationOfTheSharedLogin("A visitor’s own organisation");

        TreeMap<String, Long> firstCounts;
        try (Browser helpdesk = new Browser(demo.baseUrl())) {
            Journeys.login(helpdesk, PlatformServer.ADMIN_EMAIL, PlatformServer.ADMIN_PASSWORD);
            helpdesk.click("Demo wipe");
            assertEquals("/helpdesk/demo-wipe.xhtml", helpdesk.path());
            wipeAndWait(helpdesk);
            String history = helpdesk.textOf("runs");
            assertTrue(history.contains("Helpdesk (" + PlatformServer.ADMIN_EMAIL + ")") && history.contains("Completed"), history);

            assertEquals(sorted(DemoSharedLoginIT.EXAMPLE_TITLES), titles(shared));
            assertTrue(Seeds.query(demo, "select id from organisation where id = ?", visitorsOwn).isEmpty(),
                    "an organisation a visitor made with the shared login is deleted");
            assertEquals(before, rowsOf(outside), "the organisation outside the demo is untouched");
            firstCounts = demoCounts(shared);
            assertTrue(firstCounts.get("competence_answer") > 0 && firstCounts.get("person") > 0, firstCounts.toString());

            wipeAndWait(helpdesk); // idempotent: the same demo again
            assertEquals(firstCounts, demoCounts(shared));
            assertEquals(sorted(DemoSharedLoginIT.EXAMPLE_TITLES), titles(shared));
            assertEquals(before, rowsOf(outside));
            helpdesk.screenshot("demo-wipe-history");
        }
        try (Browser visitor = new Browser(demo.baseUrl())) {
            Journeys.login(visitor, DemoSharedLoginIT.LOGIN, DemoSharedLoginIT.PASSWORD);
            visitor.open("/project/index.xhtml");
            assertTrue(visitor.text().contains("Voices of the Coast"), visitor.text());
            assertFalse(visitor.text().contains("Entered by a visitor"), visitor.text());
        }
    }

    @Test
    void aRunThatStoppedHalfWayIsResumedByTheTimer() throws SQLException, InterruptedException {
        long shared = sharedOrganisation();
        Seeds.project(demo, shared, "Left over from a crash", Seeds.Learner.participant("Crash", "Test", "en"));
        long runId;
        try (Connection c = demo.database().connectAsAdmin()) {
            runId = single(c, "select nextval('demo_wipe_run_seq')");
            execute(c, """
                    insert into demo_wipe_run (id, trigger_kind, requested_by, started_at, status)
                    values (?, 'HELPDESK', 'a replica that died', now() - interval '10 minutes', 'STARTED')""", runId);
            execute(c, "insert into demo_wipe_item (run_id, organisation_id, keep_seeded) values (?, ?, true)", runId, shared);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        while (!Seeds.query(demo, "select status from demo_wipe_run where id = ?", runId).equals(List.of("COMPLETED"))) {
            assertTrue(Instant.now().isBefore(deadline), "the timer did not resume run " + runId + ": "
                    + Seeds.query(demo, "select status || ' ' || coalesce(error, '') from demo_wipe_run where id = ?", runId));
            Thread.sleep(2000);
        }
        assertEquals(sorted(DemoSharedLoginIT.EXAMPLE_TITLES), titles(shared));
    }

    private void wipeAndWait(Browser helpdesk) {
        int runsBefore = helpdesk.driver().findElements(By.cssSelector(".yp-wipe-status")).size();
        helpdesk.click("Wipe the demo now");
        assertTrue(helpdesk.text().contains("The wipe has started."), helpdesk.text());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            var statuses = helpdesk.driver().findElements(By.cssSelector(".yp-wipe-status"));
            if (statuses.size() > runsBefore && !statuses.get(0).getAttribute("data-status").equals("STARTED")) {
                assertEquals("COMPLETED", statuses.get(0).getAttribute("data-status"), helpdesk.textOf("runs"));
                return;
            }
            assertTrue(Instant.now().isBefore(deadline), "the wipe did not end:\n" + helpdesk.text());
            sleep();
            helpdesk.click("Refresh");
        }
    }

    private long sharedOrganisation() {
        return Long.parseLong(Seeds.query(demo, "select organisation_id from demo_organisation where kind = 'SHARED'").get(0));
    }

    private List<String> titles(long organisationId) {
        return Seeds.query(demo, "select title from project where organisation_id = ? order by title", organisationId);
    }

    private static List<String> sorted(List<String> titles) {
        return titles.stream().sorted().toList();
    }

    /** How many rows of each learner and project table the demo organisation has. */
    private TreeMap<String, Long> demoCounts(long organisationId) {
        TreeMap<String, Long> counts = new TreeMap<>();
        for (String table : List.of("project", "project_partner", "activity", "person", "learning_record",
                "competence_answer", "review_note", "project_change", "learner_invitation", "membership")) {
            counts.put(table, Long.parseLong(Seeds.query(demo, "select count(*) from " + table + " where organisation_id = ?",
                    organisationId).get(0)));
        }
        return counts;
    }

    /** A live organisation in the same database: an owner, a project with learners, a self-assessment and a mail. */
    private long outsideOrganisation() throws SQLException {
        long organisationId;
        try (Connection c = demo.database().connectAsAdmin()) {
            organisationId = single(c, "select nextval('organisation_seq')");
            execute(c, "insert into organisation (id, name, country, created_at) values (?, 'Noored Tallinnas', 'EE', now())",
                    organisationId);
            long owner = single(c, "select nextval('user_account_seq')");
            execute(c, """
                    insert into user_account (id, email, first_name, last_name, password_hash, locale, status, created_at)
                    values (?, ?, 'Kadri', 'Tamm', 'not a real hash', 'en', 'ACTIVE', now())""", owner,
                    "kadri" + organisationId + "@live.example");
            execute(c, "insert into membership (id, organisation_id, user_id, role, joined_at) values (nextval('membership_seq'), ?, ?, 'OWNER', now())",
                    organisationId, owner);
        }
        Seeds.SeededProject project = Seeds.project(demo, organisationId, "Live youth exchange",
                Seeds.Learner.participant("Mari", "Kask", "en"), Seeds.Learner.teamMember("Jüri", "Mets", "en"));
        try (Connection c = demo.database().connectAsAdmin()) {
            long person = project.learnerIds().get(0);
            execute(c, "insert into learning_record (person_id, organisation_id, tasks, submitted_at) values (?, ?, 'Cooking', now())",
                    person, organisationId);
            execute(c, "insert into competence_answer (person_id, organisation_id, competence, answer) values (?, ?, 'KC2_MULTILINGUAL', 'Estonian and English')",
                    person, organisationId);
            execute(c, "insert into project_partner (id, organisation_id, project_id, name, country) values (nextval('project_partner_seq'), ?, ?, 'Partner', 'FI')",
                    organisationId, project.id());
        }
        return organisationId;
    }

    /** An organisation made with the shared login (the page "New organisation" is open to it). */
    private long organisationOfTheSharedLogin(String name) throws SQLException {
        try (Connection c = demo.database().connectAsAdmin()) {
            long organisationId = single(c, "select nextval('organisation_seq')");
            execute(c, "insert into organisation (id, name, country, created_at) values (?, ?, 'LV', now())", organisationId, name);
            execute(c, """
                    insert into membership (id, organisation_id, user_id, role, joined_at)
                    select nextval('membership_seq'), ?, id, 'OWNER', now() from user_account where email = ?""",
                    organisationId, DemoSharedLoginIT.LOGIN);
            return organisationId;
        }
    }

    /**
     * Every row that belongs to the organisation, in every table that has an organisation_id, plus the organisation,
     * its members' accounts and its people's activities: each row as the text of all its columns.
     */
    private TreeMap<String, List<String>> rowsOf(long organisationId) throws SQLException {
        TreeMap<String, List<String>> rows = new TreeMap<>();
        try (Connection c = demo.database().connectAsAdmin()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    select table_name from information_schema.columns
                    where table_schema = 'public' and column_name = 'organisation_id' order by table_name""");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            assertTrue(tables.size() > 10, tables.toString());
            for (String table : tables) {
                rows.put(table, rows(c, "select * from " + table + " where organisation_id = ?", organisationId));
            }
            rows.put("organisation", rows(c, "select * from organisation where id = ?", organisationId));
            rows.put("user_account", rows(c, "select u.* from user_account u join membership m on m.user_id = u.id where m.organisation_id = ?", organisationId));
            rows.put("person_activity", rows(c, "select pa.* from person_activity pa join person p on p.id = pa.person_id where p.organisation_id = ?", organisationId));
        }
        assertFalse(rows.get("person").isEmpty());
        return rows;
    }

    private static List<String> rows(Connection c, String sql, Object... parameters) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.append(meta.getColumnName(i)).append('=').append(r.getString(i)).append(';');
                    }
                    rows.add(row.toString());
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
