package eu.youthpass.demo;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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
        long outside = DemoData.outsideOrganisation(demo);
        TreeMap<String, List<String>> before = DemoData.rowsOf(demo, outside);
        long shared = DemoData.sharedOrganisation(demo);
        Seeds.project(demo, shared, "Entered by a visitor", Seeds.Learner.participant("Visitor", "Data", "en"));
        long visitorsOwn = DemoData.organisationOfTheSharedLogin(demo, "A visitor’s own organisation");

        TreeMap<String, Long> firstCounts;
        try (Browser helpdesk = new Browser(demo.baseUrl())) {
            Journeys.login(helpdesk, PlatformServer.ADMIN_EMAIL, PlatformServer.ADMIN_PASSWORD);
            helpdesk.click("Demo wipe");
            assertEquals("/helpdesk/demo-wipe.xhtml", helpdesk.path());
            wipeAndWait(helpdesk);
            String history = helpdesk.textOf("runs");
            assertTrue(history.contains("Helpdesk (" + PlatformServer.ADMIN_EMAIL + ")") && history.contains("Completed"), history);

            assertEquals(DemoData.exampleTitles(), DemoData.titles(demo, shared));
            assertTrue(Seeds.query(demo, "select id from organisation where id = ?", visitorsOwn).isEmpty(),
                    "an organisation a visitor made with the shared login is deleted");
            assertEquals(before, DemoData.rowsOf(demo, outside), "the organisation outside the demo is untouched");
            firstCounts = DemoData.counts(demo, shared);
            assertTrue(firstCounts.get("competence_answer") > 0 && firstCounts.get("person") > 0, firstCounts.toString());

            wipeAndWait(helpdesk); // idempotent: the same demo again
            assertEquals(firstCounts, DemoData.counts(demo, shared));
            assertEquals(DemoData.exampleTitles(), DemoData.titles(demo, shared));
            assertEquals(before, DemoData.rowsOf(demo, outside));
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
        long shared = DemoData.sharedOrganisation(demo);
        Seeds.project(demo, shared, "Left over from a crash", Seeds.Learner.participant("Crash", "Test", "en"));
        long runId;
        try (Connection c = demo.database().connectAsAdmin()) {
            runId = DemoData.single(c, "select nextval('demo_wipe_run_seq')");
            DemoData.execute(c, """
                    insert into demo_wipe_run (id, trigger_kind, requested_by, started_at, status)
                    values (?, 'HELPDESK', 'a replica that died', now() - interval '10 minutes', 'STARTED')""", runId);
            DemoData.execute(c, "insert into demo_wipe_item (run_id, organisation_id, keep_seeded) values (?, ?, true)", runId, shared);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        while (!Seeds.query(demo, "select status from demo_wipe_run where id = ?", runId).equals(List.of("COMPLETED"))) {
            assertTrue(Instant.now().isBefore(deadline), "the timer did not resume run " + runId + ": "
                    + Seeds.query(demo, "select status || ' ' || coalesce(error, '') from demo_wipe_run where id = ?", runId));
            Thread.sleep(2000);
        }
        assertEquals(DemoData.exampleTitles(), DemoData.titles(demo, shared));
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

    private static void sleep() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
