package eu.youthpass.demo;

import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import eu.youthpass.testing.WebClient;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wipe killed for real (SIGKILL, as a node failure or an evicted pod would) half-way through, on a demo platform
 * of its own: every organisation is either wholly wiped or wholly untouched, never half-deleted; started again, the
 * platform resumes the same run by itself and finishes it; the examples are seeded once and the organisation outside
 * the demo is as it was, row for row.
 */
class DemoWipeKillIT {

    /** Enough organisations made with the shared login that the wipe takes some seconds: time to kill it. */
    private static final int VISITOR_ORGANISATIONS = 300;
    private static final int PROJECTS_EACH = 4;
    private static final int LEARNERS_EACH = 8;

    @Test
    void aWipeKilledHalfWayIsResumedAfterTheRestart() throws Exception {
        PlatformServer demo = PlatformServer.startSeparate("wipekill");
        try {
            long outside = DemoData.outsideOrganisation(demo);
            TreeMap<String, List<String>> before = DemoData.rowsOf(demo, outside);
            long shared = DemoData.sharedOrganisation(demo);
            seedVisitorOrganisations(demo);

            WebClient helpdesk = new WebClient(demo.baseUrl());
            helpdesk.login(PlatformServer.ADMIN_EMAIL, PlatformServer.ADMIN_PASSWORD);
            helpdesk.submit(helpdesk.get("/helpdesk/demo-wipe.xhtml"), "wipe", Map.of(), "runNow");
            long runId = killOnceSomeAreWiped(demo);

            // what the killed run left behind
            assertEquals(List.of("STARTED"), Seeds.query(demo, "select status from demo_wipe_run where id = ?", runId));
            int done = Integer.parseInt(Seeds.query(demo,
                    "select count(*) from demo_wipe_item where run_id = ? and done_at is not null", runId).getFirst());
            assertTrue(done > 0 && done < VISITOR_ORGANISATIONS, done + " organisations wiped when killed");
            System.out.printf("Killed with %d of %d organisations made with the shared login wiped%n", done,
                    VISITOR_ORGANISATIONS);
            assertEquals(List.of(), Seeds.query(demo, """
                    select o.name || ': ' || count(distinct p.id) || ' projects, ' || count(x.id) || ' learners'
                    from organisation o join membership m on m.organisation_id = o.id
                    left join project p on p.organisation_id = o.id left join person x on x.project_id = p.id
                    where o.name like 'Visitor organisation %'
                    group by o.id, o.name
                    having count(distinct p.id) <> ? or count(x.id) <> ?""", PROJECTS_EACH,
                    PROJECTS_EACH * LEARNERS_EACH), "nothing is left half-deleted");
            assertEquals(String.valueOf(VISITOR_ORGANISATIONS - done), Seeds.query(demo,
                    "select count(*) from organisation where name like 'Visitor organisation %'").getFirst(),
                    "the organisations marked wiped are gone, the others all there");

            demo.restart();
            awaitCompleted(demo, runId);
            assertEquals("0", Seeds.query(demo,
                    "select count(*) from organisation where name like 'Visitor organisation %'").getFirst());
            assertEquals(DemoData.exampleTitles(), DemoData.titles(demo, shared), "the examples, seeded once");
            assertEquals(before, DemoData.rowsOf(demo, outside), "the organisation outside the demo is untouched");
            assertEquals(List.of(runId + " COMPLETED"), Seeds.query(demo,
                    "select id || ' ' || status from demo_wipe_run where trigger_kind = 'HELPDESK'"),
                    "the same run resumed, not a second one");
        } finally {
            demo.stop();
        }
    }

    /** Waits until a few organisations are wiped (each in its own transaction), then kills the platform. */
    private static long killOnceSomeAreWiped(PlatformServer demo) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (true) {
            List<String> run = Seeds.query(demo, """
                    select r.id || ' ' || (select count(*) from demo_wipe_item i where i.run_id = r.id and i.done_at is not null)
                    from demo_wipe_run r where r.trigger_kind = 'HELPDESK' and r.status = 'STARTED'""");
            if (!run.isEmpty() && Integer.parseInt(run.getFirst().split(" ")[1]) >= 5) {
                demo.kill();
                return Long.parseLong(run.getFirst().split(" ")[0]);
            }
            assertTrue(Instant.now().isBefore(deadline), "the wipe did not get going: "
                    + Seeds.query(demo, "select id || ' ' || status from demo_wipe_run"));
            Thread.sleep(50);
        }
    }

    /** The timer, every minute, finds the run no replica is working on and resumes it. */
    private static void awaitCompleted(PlatformServer demo, long runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        while (!Seeds.query(demo, "select status from demo_wipe_run where id = ?", runId).equals(List.of("COMPLETED"))) {
            assertTrue(Instant.now().isBefore(deadline), "run " + runId + " was not resumed: " + Seeds.query(demo,
                    "select status || ' ' || coalesce(error, '') from demo_wipe_run where id = ?", runId));
            Thread.sleep(1000);
        }
    }

    /** Organisations a visitor made with the shared login, each with projects and learners: plain SQL, in bulk. */
    private static void seedVisitorOrganisations(PlatformServer demo) throws SQLException {
        try (Connection c = demo.database().connectAsAdmin()) {
            DemoData.execute(c, """
                    insert into organisation (id, name, country, created_at)
                    select nextval('organisation_seq'), 'Visitor organisation ' || g, 'LV', now()
                    from generate_series(1, ?) g""", VISITOR_ORGANISATIONS);
            DemoData.execute(c, """
                    insert into membership (id, organisation_id, user_id, role, joined_at)
                    select nextval('membership_seq'), o.id, u.id, 'OWNER', now() from organisation o, user_account u
                    where o.name like 'Visitor organisation %' and u.email = ?""", DemoSharedLoginIT.LOGIN);
            List<Long> visitors = DemoData.longs(c, "select id from organisation where name like 'Visitor organisation %'");
            DemoSeeding.projectsWithLearners(c, visitors, "Visitor project ", PROJECTS_EACH, LEARNERS_EACH, 0);
        }
    }
}
