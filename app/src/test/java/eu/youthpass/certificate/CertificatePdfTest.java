package eu.youthpass.certificate;

import eu.youthpass.certificate.CertificateContent.Holder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificatePdfTest {

    @TempDir
    Path data;

    @Test
    void createsSignedCertificatesFromSeveralThreads() throws Exception {
        CertificatePdf pdf = new CertificatePdf(new CertificateRenderer(),
                new CertificateSigner(SigningKey.selfSignedIn(data)));
        List<String> names = List.of("Ζωή Παπαδοπούλου", "Иван Петров", "Jānis Bērziņš", "Jiří Dvořák");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> made = new ArrayList<>();
            List<CertificateContent> contents = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String[] name = names.get(i % names.size()).split(" ");
                CertificateContent content = SampleCertificates.complete(
                        new Holder(name[0], name[1], null, null, "LT")).build();
                contents.add(content);
                made.add(pool.submit(() -> pdf.create(content, CertificateRequest.complete(Locale.ENGLISH))));
            }
            for (int i = 0; i < made.size(); i++) {
                byte[] file = made.get(i).get();
                SignatureCheck.Result check = SignatureCheck.of(file);
                assertTrue(check.valid(), check.problem());
                PdfText text = PdfText.of(file);
                assertTrue(text.page(1).contains(names.get(i % names.size())));
                assertTrue(text.page(1).contains(contents.get(i).number().toString()));
                assertEquals(contents.get(i).verificationUrl(), QrReader.read(file, 1).orElseThrow());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
