package eu.youthpass.certificate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a three-part English and Latvian sample certificate to look at:
 * {@code mvn -pl app test-compile exec:java -Dexec.mainClass=eu.youthpass.certificate.SampleCertificatePdf
 * -Dexec.classpathScope=test -Dexec.args="/tmp/cert-sample.pdf [demo] [older]"}.
 */
public final class SampleCertificatePdf {

    private SampleCertificatePdf() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "cert-sample.pdf");
        boolean demo = java.util.Arrays.asList(args).contains("demo");
        boolean older = java.util.Arrays.asList(args).contains("older");
        CertificateContent content = SampleCertificates.complete()
                .organisation(new CertificateContent.Organisation("Biedrība “Jauniešu tilts”", "LV",
                        SampleCertificates.logo()))
                .demo(demo)
                .layout(older ? CertificateLayout.PROGRAMMES_2014_2020 : CertificateLayout.PROGRAMMES_2021_2027)
                .build();
        byte[] pdf = new CertificateRenderer().render(content,
                CertificateRequest.complete(Locale.ENGLISH, Locale.forLanguageTag("lv")));
        Files.write(target, pdf);
        System.out.println("Wrote " + target.toAbsolutePath() + " (" + pdf.length + " bytes)");
    }
}
