package eu.youthpass.certificate;

import eu.youthpass.certificate.bulk.BulkCertificatesIT;
import eu.youthpass.testing.Browser;
import eu.youthpass.testing.CertificateJourneys;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import eu.youthpass.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark of the issue (not a timed test: it runs only when asked, see the README): N three-part certificates
 * through the real bulk job (page, batch job, database, signature) against, in the same run, a bare OpenPDF loop
 * making an equivalent document: the text of one of the job's certificates, on as many pages, in the same fonts, with a
 * QR code and the number on every page ({@link RenderBenchmark#barePdf}). Prints both rates and their
 * ratio, and writes them to target/certificate-benchmark.txt.
 *
 * <pre>
 * mvn -B -q -pl migrations,app verify -Dit.test=CertificateJobBenchmarkIT -Dyp.benchmark.certificates=500 \
 *     -Dyp.test.database=youthpass_bench
 * </pre>
 *
 * The job runs on the platform's own JVM with one partition per core, as in production; the bare loop runs here,
 * on one thread (the yardstick) and on as many threads as the job has partitions (the same cores). A warm-up
 * run comes first on both sides ({@code yp.benchmark.warmup}, 1,500 certificates, for the platform; 100 for the bare
 * loop); then {@code yp.benchmark.rounds} (3) rounds of job and bare loops in turn, the best of each kept. While the
 * job runs the browser is off its page and nothing else runs here but PostgreSQL.
 */
@EnabledIfSystemProperty(named = "yp.benchmark.certificates", matches = "\\d+")
class CertificateJobBenchmarkIT {

    /** Certificates the bare loop makes before it is measured (its code is small and soon compiled). */
    private static final int WARM_UP = 100;

    @Test
    void bulkJobAgainstBareOpenPdf() throws Exception {
        int count = Integer.getInteger("yp.benchmark.certificates");
        int rounds = Integer.getInteger("yp.benchmark.rounds", 3);
        // the platform runs far more code per certificate (layout, signature, JPA, batch runtime): on two cores its
        // JIT compiler is still busy after a few hundred, so it makes this many before the rounds (a long-running
        // server is warm)
        int jobWarmUp = Integer.getInteger("yp.benchmark.warmup", 1500);
        int partitions = Runtime.getRuntime().availableProcessors();
        PlatformServer server = PlatformServer.startSeparate("bench");
        try {
            Seeds.SeededOrganisation org = Seeds.organisation(server, "Benchmark centrs", "Baiba", "Bērziņa");
            WebClient owner = new WebClient(server.baseUrl());
            owner.login(org.owner().email(), org.owner().password());
            StringBuilder report = new StringBuilder();
            double job = 0;
            double bareOne = 0;
            double bareParallel = 0;
            Yardstick yardstick = null;
            for (int made = 0; made < jobWarmUp; made += count) {
                Seeds.SeededProject warmUp = BulkCertificatesIT.seedLearners(server, org.id(), "Warm-up " + made,
                        count);
                generateAll(server, org, warmUp.id(), count);
            }
            // rounds interleaved, best of each kept: on a shared machine a neighbour's build shows as a slow round
            for (int round = 1; round <= rounds; round++) {
                Seeds.SeededProject measured = BulkCertificatesIT.seedLearners(server, org.id(), "Round " + round,
                        count);
                generateAll(server, org, measured.id(), count);
                double seconds = Double.parseDouble(Seeds.query(server, """
                        select extract(epoch from finished_at - created_at) from certificate_run where project_id = ?""",
                        measured.id()).getFirst());
                if (yardstick == null) {
                    yardstick = Yardstick.of(server, owner, measured, count);
                    bare(yardstick, WARM_UP, 1);
                }
                double jobRound = count / seconds;
                double oneRound = bare(yardstick, count, 1);
                double parallelRound = bare(yardstick, count, partitions);
                report.append(String.format("round %d: job %7.1f/s, bare 1 thread %7.1f/s, bare %d threads %7.1f/s%n",
                        round, jobRound, oneRound, partitions, parallelRound));
                job = Math.max(job, jobRound);
                bareOne = Math.max(bareOne, oneRound);
                bareParallel = Math.max(bareParallel, parallelRound);
            }
            report.insert(0, String.format("""
                    %d three-part certificates a round, %d rounds (%d pages, %.1f KB signed; the yardstick: %d pages, \
                    %.1f KB), %d cores, Java %s
                    """, count, rounds, yardstick.pages().size(), yardstick.certificate().length / 1024.0,
                    PdfText.of(yardstick.pdf()).pageCount(), yardstick.pdf().length / 1024.0, partitions,
                    Runtime.version()));
            report.append(String.format("""
                    best of the rounds:
                    bulk job (page, batch job with %d partitions, PostgreSQL, signed): %7.1f certificates/s
                    bare OpenPDF loop, 1 thread:                          %7.1f PDFs/s
                    bare OpenPDF loop, %d threads:                         %7.1f PDFs/s
                    ratio job / bare (1 thread):  %.2f
                    ratio job / bare (%d threads): %.2f
                    """, partitions, job, bareOne, partitions, bareParallel, job / bareOne, partitions,
                    job / bareParallel));
            System.out.println(report);
            Files.writeString(Path.of("target", "certificate-benchmark.txt"), report, StandardCharsets.UTF_8);
        } finally {
            server.stop();
        }
    }

    /** What the bare loop prints: the text of one of the job's certificates ({@link RenderBenchmark#barePdf}). */
    private record Yardstick(byte[] certificate, List<String> pages, String number, String url) {

        static Yardstick of(PlatformServer server, WebClient owner, Seeds.SeededProject project, int count) {
            long someone = project.learnerIds().get(count / 2);
            byte[] made = CertificateJourneys.pdf(owner, project.id(), someone, null);
            String number = Seeds.query(server, "select number from certificate where person_id = ?", someone)
                    .getFirst();
            return new Yardstick(made, RenderBenchmark.pagesOf(made), number, server.baseUrl() + "/verify/" + number);
        }

        byte[] pdf() {
            return RenderBenchmark.barePdf(pages, number, url);
        }
    }

    /**
     * Starts the job from the page in a browser of its own, closed while the job runs, as a user may close theirs: a
     * browser polling the progress runs on the user's computer, not on the server's two cores it would share here.
     * Back on the page once the run has ended, which must say so.
     */
    private static void generateAll(PlatformServer server, Seeds.SeededOrganisation org, long projectId, int count)
            throws InterruptedException {
        String page = "/project/certificates.xhtml?project=" + projectId;
        try (Browser browser = new Browser(server.baseUrl())) {
            Journeys.login(browser, org.owner().email(), org.owner().password());
            browser.open(page);
            BulkCertificatesIT.tickAllAndStart(browser);
        }
        String finished = "select count(*) from certificate_run where project_id = ? and finished_at is not null";
        Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
        while (Seeds.query(server, finished, projectId).getFirst().equals("0")) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the job did not end within 15 minutes");
            }
            Thread.sleep(200);
        }
        try (Browser browser = new Browser(server.baseUrl())) {
            Journeys.login(browser, org.owner().email(), org.owner().password());
            browser.open(page).waitFor("Finished: " + count + " certificates made.", 60);
        }
    }

    /** The bare loop's rate on {@code threads} threads. */
    private static double bare(Yardstick yardstick, int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<byte[]>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                made.add(pool.submit(yardstick::pdf));
            }
            for (Future<byte[]> one : made) {
                one.get();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }
}
