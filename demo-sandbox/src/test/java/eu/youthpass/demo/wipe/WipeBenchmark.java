package eu.youthpass.demo.wipe;

import eu.youthpass.demo.DemoSeeding;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import eu.youthpass.testing.WebClient;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How long the weekly wipe takes for a busy demo (5,000 projects with 50,000 learners, a fifth of them with a
 * self-assessment, by default) and how long live requests wait meanwhile: a signed-in visitor keeps loading the
 * shared organisation's project list (the very rows being deleted) and an anonymous one the login page. Not part of
 * the test suite (the name does not end in IT); run it by hand, on a quiet machine:
 * <pre>
 * mvn -B -q -pl migrations,app,demo-sandbox verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=WipeBenchmark -Dyp.demo.test.database=yp_wipe_benchmark [-Dyp.benchmark.projects=5000 -Dyp.benchmark.learners=10]
 * </pre>
 */
class WipeBenchmark {

    private final PlatformServer demo = PlatformServer.get();

    @Test
    void wipeABusyDemoWhileVisitorsKeepWorking() throws Exception {
        int projects = Integer.getInteger("yp.benchmark.projects", 5000);
        int learnersPerProject = Integer.getInteger("yp.benchmark.learners", 10);
        long shared = Long.parseLong(Seeds.query(demo, "select organisation_id from demo_organisation where kind = 'SHARED'").get(0));

        Instant seedStart = Instant.now();
        long rows = seed(shared, projects, learnersPerProject);
        System.out.printf("Seeded %,d projects with %,d learners (%,d rows) in %.1f s%n", projects,
                (long) projects * learnersPerProject, rows, seconds(seedStart, Instant.now()));

        WebClient visitor = new WebClient(demo.baseUrl());
        visitor.login("test@youthpass.eu", "test");
        WebClient anonymous = new WebClient(demo.baseUrl());
        List<Long> baseline = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            baseline.add(timed(() -> visitor.get("/project/index.xhtml")));
        }

        WebClient helpdesk = new WebClient(demo.baseUrl());
        helpdesk.login(PlatformServer.ADMIN_EMAIL, PlatformServer.ADMIN_PASSWORD);
        AtomicBoolean wiping = new AtomicBoolean(true);
        List<Long> signedIn = Collections.synchronizedList(new ArrayList<>());
        List<Long> loginPage = Collections.synchronizedList(new ArrayList<>());
        Thread projectList = live(wiping, signedIn, () -> visitor.get("/project/index.xhtml"));
        Thread login = live(wiping, loginPage, () -> anonymous.get("/login.xhtml"));

        WebClient.Page page = helpdesk.get("/helpdesk/demo-wipe.xhtml");
        helpdesk.submit(page, "wipe", Map.of(), "runNow");
        projectList.start();
        login.start();
        String status;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        do {
            Thread.sleep(500);
            status = Seeds.query(demo, "select status from demo_wipe_run order by id desc limit 1").stream().findFirst().orElse("");
            assertTrue(Instant.now().isBefore(deadline), "the wipe did not end in 30 minutes");
        } while (!status.equals("COMPLETED") && !status.equals("FAILED"));
        wiping.set(false);
        projectList.join();
        login.join();
        assertEquals("COMPLETED", status);

        List<String> run = Seeds.query(demo, """
                select extract(epoch from (ended_at - started_at)) || ' ' || rows_deleted from demo_wipe_run
                order by id desc limit 1""");
        String[] figures = run.get(0).split(" ");
        System.out.printf("Wipe: %.1f s, %,d rows deleted, the examples seeded again%n", Double.parseDouble(figures[0]),
                Long.parseLong(figures[1]));
        report("Project list (signed in), before the wipe", baseline);
        report("Project list (signed in), during the wipe", signedIn);
        report("Login page (anonymous), during the wipe", loginPage);
        assertEquals("4", Seeds.query(demo, "select count(*) from project where organisation_id = ?", shared).get(0));
    }

    private long seed(long organisationId, int projects, int learnersPerProject) throws SQLException {
        try (Connection c = demo.database().connectAsAdmin()) {
            return DemoSeeding.projectsWithLearners(c, List.of(organisationId), "Benchmark project ", projects,
                    learnersPerProject, 5);
        }
    }

    private static Thread live(AtomicBoolean wiping, List<Long> latencies, Runnable request) {
        return new Thread(() -> {
            while (wiping.get()) {
                latencies.add(timed(request));
            }
        });
    }

    private static long timed(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void report(String what, List<Long> latencies) {
        List<Long> sorted = latencies.stream().sorted().toList();
        if (sorted.isEmpty()) {
            System.out.printf("%s: no requests%n", what);
            return;
        }
        System.out.printf("%s: %,d requests, median %d ms, p99 %d ms, longest %d ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))),
                sorted.get(sorted.size() - 1));
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
