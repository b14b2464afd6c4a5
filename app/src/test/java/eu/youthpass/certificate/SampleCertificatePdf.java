package eu.youthpass.certificate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Writes a signed three-part English and Latvian sample certificate to look at, run like {@link RenderBenchmark}:
 * {@code java -cp ... eu.youthpass.certificate.SampleCertificatePdf /tmp/cert-sample.pdf [demo] [older]}, then e.g.
 * {@code pdftoppm -png -r 60 /tmp/cert-sample.pdf /tmp/cert-sample} and {@code pdfsig /tmp/cert-sample.pdf}.
 */
public final class SampleCertificatePdf {

    private SampleCertificatePdf() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "cert-sample.pdf");
        boolean demo = Arrays.asList(args).contains("demo");
        boolean older = Arrays.asList(args).contains("older");
        CertificateContent content = SampleCertificates.complete()
                .organisation(new CertificateContent.Organisation("Biedrība “Jauniešu tilts”", "LV",
                        SampleCertificates.logo()))
                .demo(demo)
                .layout(older ? CertificateLayout.PROGRAMMES_2014_2020 : CertificateLayout.PROGRAMMES_2021_2027)
                .build();
        // a throwaway key: pdfsig will say the issuer is unknown, as it would for the platform's self-signed key
        CertificateSigner signer = SampleCertificates.throwawaySigner();
        byte[] pdf = new CertificatePdf(new CertificateRenderer(), signer).create(content,
                CertificateRequest.complete(Locale.ENGLISH, Locale.forLanguageTag("lv")));
        Files.write(target, pdf);
        System.out.println("Wrote " + target.toAbsolutePath() + " (" + pdf.length + " bytes)");
    }
}
