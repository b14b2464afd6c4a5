package eu.youthpass.demo;

import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import eu.youthpass.testing.WebClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas of the demo on one database, both with a wipe due every minute and both asked by the helpdesk at the
 * same moment: each slot is wiped once, never two wipes at a time, and the examples are there once afterwards.
 */
class DemoWipeReplicasIT {

    @Test
    void twoReplicasWipeEachSlotOnce() throws Exception {
        PlatformServer first = PlatformServer.startSeparate("replicas", Map.of("YP_DEMO_WIPE_CRON", "* * * * *"));
        PlatformServer second = null;
        try {
            second = first.replica("second");
            long shared = DemoData.sharedOrganisation(first);

            // the helpdesk on both replicas at once: one wipe runs, the other is told one is running
            WebClient onFirst = helpdesk(first);
            WebClient onSecond = helpdesk(second);
            WebClient.Page firstPage = onFirst.get("/helpdesk/demo-wipe.xhtml");
            WebClient.Page secondPage = onSecond.get("/helpdesk/demo-wipe.xhtml");
            Thread other = new Thread(() -> onSecond.submit(secondPage, "wipe", Map.of(), "runNow"));
            other.start();
            onFirst.submit(firstPage, "wipe", Map.of(), "runNow");
            other.join();

            // and two minute slots of the schedule, each seen by both replicas' timers
            Instant deadline = Instant.now().plus(Duration.ofSeconds(200));
            while (Integer.parseInt(Seeds.query(first, """
                    select count(*) from demo_wipe_run where trigger_kind = 'SCHEDULE' and status = 'COMPLETED'""")
                    .getFirst()) < 2) {
                assertTrue(Instant.now().isBefore(deadline), "no two scheduled wipes: "
                        + Seeds.query(first, "select trigger_kind || ' ' || status || ' ' || coalesce(error, '') from demo_wipe_run"));
                Thread.sleep(2000);
            }
            assertEquals(List.of(), Seeds.query(first, """
                    select scheduled_for from demo_wipe_run where trigger_kind = 'SCHEDULE'
                    group by scheduled_for having count(*) > 1"""), "a slot wiped twice");
            assertEquals(List.of(), Seeds.query(first, """
                    select a.id || ' and ' || b.id from demo_wipe_run a join demo_wipe_run b on a.id < b.id
                    where a.started_at < coalesce(b.ended_at, now()) and b.started_at < coalesce(a.ended_at, now())"""),
                    "two wipes ran at the same time");
            assertTrue(Integer.parseInt(Seeds.query(first,
                    "select count(*) from demo_wipe_run where trigger_kind = 'HELPDESK'").getFirst()) <= 1,
                    Seeds.query(first, "select trigger_kind || ' ' || status from demo_wipe_run").toString());
            awaitNoneRunning(first);
            assertEquals(DemoData.exampleTitles(), DemoData.titles(first, shared), "the examples, once");
        } finally {
            if (second != null) {
                second.stop();
            }
            first.stop();
        }
    }

    private static WebClient helpdesk(PlatformServer replica) {
        WebClient client = new WebClient(replica.baseUrl());
        client.login(PlatformServer.ADMIN_EMAIL, PlatformServer.ADMIN_PASSWORD);
        return client;
    }

    private static void awaitNoneRunning(PlatformServer demo) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!Seeds.query(demo, "select count(*) from demo_wipe_run where status = 'STARTED'").getFirst().equals("0")) {
            assertTrue(Instant.now().isBefore(deadline), "a wipe did not end");
            Thread.sleep(1000);
        }
    }
}
