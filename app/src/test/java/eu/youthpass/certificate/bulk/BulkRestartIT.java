package eu.youthpass.certificate.bulk;

import eu.youthpass.certificate.SignatureCheck;
import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import eu.youthpass.testing.WebClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A crash in the middle of a bulk run: the platform is killed (SIGKILL) while the job works, started again on the
 * same database, and the run is resumed from its page. Every learner ends up with exactly one certificate of one
 * version, all distinct and validly signed: nothing made twice, nothing lost. On a platform of its own, so that
 * killing it does not stop the other tests' platform.
 */
class BulkRestartIT {

    private static final int LEARNERS = 200;

    @Test
    void aJobKilledMidwayResumesWithoutDuplicates() throws Exception {
        PlatformServer server = PlatformServer.startSeparate("restart");
        try {
            Seeds.SeededOrganisation org = Seeds.organisation(server, "Jauniešu centrs Rēzekne", "Rita", "Rudzīte");
            Seeds.SeededProject project = BulkCertificatesIT.seedLearners(server, org.id(), "Lakes of Latgale",
                    LEARNERS, "lv,en");
            try (Browser browser = new Browser(server.baseUrl())) {
                Journeys.login(browser, org.owner().email(), org.owner().password());
                browser.open("/project/certificates.xhtml?project=" + project.id());
                BulkCertificatesIT.tickAllAndStart(browser);
            }

            int doneAtKill = awaitDone(server, project.id(), 20);
            server.kill();
            int stored = count(server, "select count(*) from certificate where project_id = ?", project.id());
            int done = count(server, """
                    select count(*) from certificate_run_item i join certificate_run r on r.id = i.run_id
                    where r.project_id = ? and i.status = 'DONE'""", project.id());
            System.out.printf("Killed with %d of %d certificates stored%n", done, LEARNERS);
            assertTrue(done >= doneAtKill && done < LEARNERS, "killed midway: " + done + " done");
            assertEquals(done, stored, "every stored certificate's item is done, and no other");

            server.restart();
            try (Browser browser = new Browser(server.baseUrl())) {
                Journeys.login(browser, org.owner().email(), org.owner().password());
                String page = "/project/certificates.xhtml?project=" + project.id();
                Instant until = Instant.now().plus(Duration.ofSeconds(120));
                browser.open(page);
                while (!browser.text().contains("The work was interrupted") && Instant.now().isBefore(until)) {
                    Thread.sleep(2000);
                    browser.open(page);
                }
                assertTrue(browser.text().contains("The work was interrupted"), browser.text());
                assertTrue(browser.textOf("counts").contains(done + " of " + LEARNERS + " done"), browser.textOf("counts"));
                browser.screenshot("bulk-interrupted");
                browser.press("Resume").waitFor("Finished: " + LEARNERS + " certificates made.", 300);
            }

            assertEquals(LEARNERS, count(server, "select count(*) from certificate where project_id = ?", project.id()));
            assertEquals(LEARNERS, count(server, "select count(distinct number) from certificate where project_id = ?",
                    project.id()));
            assertEquals(LEARNERS, count(server, """
                    select count(*) from certificate_version v join certificate c on c.id = v.certificate_id
                    where c.project_id = ?""", project.id()), "one version each: nobody's certificate made twice");
            assertEquals(LEARNERS, count(server, """
                    select count(*) from certificate_run_item i join certificate_run r on r.id = i.run_id
                    where r.project_id = ? and i.status = 'DONE'""", project.id()));
            assertEquals(List.of("COMPLETED"), Seeds.query(server, "select status from certificate_run where project_id = ?",
                    project.id()));

            String runId = Seeds.query(server, "select id from certificate_run where project_id = ?", project.id()).getFirst();
            WebClient owner = new WebClient(server.baseUrl());
            owner.login(org.owner().email(), org.owner().password());
            WebClient.Download zip = owner.download("/project/certificates-zip?project=" + project.id() + "&run=" + runId);
            assertEquals(200, zip.status());
            Map<String, byte[]> files = BulkCertificatesIT.unzip(zip.body());
            assertEquals(LEARNERS, files.size());
            Set<String> hashes = new HashSet<>();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                assertTrue(SignatureCheck.of(file.getValue()).valid(), file.getKey());
                hashes.add(eu.youthpass.certificate.issuing.Sha256.hex(file.getValue()));
            }
            assertEquals(LEARNERS, hashes.size(), "distinct PDFs");
        } finally {
            server.stop();
        }
    }

    /** Waits until at least {@code atLeast} learners are done; answers how many were when it looked. */
    private static int awaitDone(PlatformServer server, long projectId, int atLeast) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            int done = count(server, """
                    select count(*) from certificate_run_item i join certificate_run r on r.id = i.run_id
                    where r.project_id = ? and i.status = 'DONE'""", projectId);
            if (done >= atLeast) {
                return done;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The job did not get going within two minutes");
    }

    private static int count(PlatformServer server, String sql, Object... parameters) {
        return Integer.parseInt(Seeds.query(server, sql, parameters).getFirst());
    }
}
