package eu.youthpass.certificate;

import eu.youthpass.certificate.bulk.BulkCertificatesIT;
import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark of the issue (not a timed test: it runs only when asked, see the README): N three-part certificates
 * through the real bulk job (page, batch job, database, signature) against, in the same run, a bare OpenPDF loop
 * making an equivalent three-page document with the same fonts and a QR code per page. Prints both rates and their
 * ratio, and writes them to target/certificate-benchmark.txt.
 *
 * <pre>
 * mvn -B -q -pl migrations,app verify -Dit.test=CertificateJobBenchmarkIT -Dyp.benchmark.certificates=500 \
 *     -Dyp.test.database=youthpass_bench
 * </pre>
 *
 * The job runs on the platform's own JVM with one partition per core, as in production; the bare loop runs here,
 * on one thread (the yardstick) and on as many threads as the job has partitions (the same cores). A warm-up
 * run of 100 certificates comes first on both sides.
 */
@EnabledIfSystemProperty(named = "yp.benchmark.certificates", matches = "\\d+")
class CertificateJobBenchmarkIT {

    private static final int WARM_UP = 100;

    @Test
    void bulkJobAgainstBareOpenPdf() throws Exception {
        int count = Integer.getInteger("yp.benchmark.certificates");
        int partitions = Runtime.getRuntime().availableProcessors();
        PlatformServer server = PlatformServer.startSeparate("bench");
        try {
            Seeds.SeededOrganisation org = Seeds.organisation(server, "Benchmark centrs", "Baiba", "Bērziņa");
            Seeds.SeededProject warmUp = BulkCertificatesIT.seedLearners(server, org.id(), "Warm-up", WARM_UP);
            Seeds.SeededProject measured = BulkCertificatesIT.seedLearners(server, org.id(), "Measured", count);
            double jobRate;
            try (Browser browser = new Browser(server.baseUrl())) {
                Journeys.login(browser, org.owner().email(), org.owner().password());
                generateAll(browser, warmUp.id(), WARM_UP);
                generateAll(browser, measured.id(), count);
            }
            double seconds = Double.parseDouble(Seeds.query(server, """
                    select extract(epoch from finished_at - created_at) from certificate_run where project_id = ?""",
                    measured.id()).getFirst());
            jobRate = count / seconds;

            CertificateContent content = SampleCertificates.complete().build();
            double bareOne = bare(content, count, 1);
            double bareParallel = bare(content, count, partitions);
            String report = String.format("""
                    %d three-part certificates, %d cores, Java %s
                    bulk job (page, batch job with %d partitions, PostgreSQL, signed): %7.1f certificates/s (%.1f s)
                    bare OpenPDF loop, 1 thread:                          %7.1f PDFs/s
                    bare OpenPDF loop, %d threads:                         %7.1f PDFs/s
                    ratio job / bare (1 thread):  %.2f
                    ratio job / bare (%d threads): %.2f
                    """, count, partitions, Runtime.version(), partitions, jobRate, seconds, bareOne, partitions,
                    bareParallel, jobRate / bareOne, partitions, jobRate / bareParallel);
            System.out.println(report);
            Files.writeString(Path.of("target", "certificate-benchmark.txt"), report, StandardCharsets.UTF_8);
        } finally {
            server.stop();
        }
    }

    private static void generateAll(Browser browser, long projectId, int count) {
        browser.open("/project/certificates.xhtml?project=" + projectId);
        BulkCertificatesIT.tickAllAndStart(browser);
        browser.waitFor("Finished: " + count + " certificates made.", 900);
    }

    /** The bare loop's rate on {@code threads} threads, after a warm-up. */
    private static double bare(CertificateContent content, int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run(pool, content, WARM_UP);
            long start = System.nanoTime();
            run(pool, content, count);
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static void run(ExecutorService pool, CertificateContent content, int count) throws Exception {
        List<Future<byte[]>> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(pool.submit(() -> RenderBenchmark.barePdf(content)));
        }
        for (Future<byte[]> one : made) {
            one.get();
        }
    }
}
