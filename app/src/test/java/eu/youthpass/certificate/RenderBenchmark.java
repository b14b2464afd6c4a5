package eu.youthpass.certificate;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * How fast certificates are made on one thread, against a bare OpenPDF loop as the yardstick: (a) a plain 3-page
 * A4 document with the same embedded fonts, similar text and a QR code per page; (b) our renderer, three parts,
 * unsigned; (c) the same, signed. Each is warmed up first. Not a test: run it by hand, on a quiet machine, and
 * compare figures within one run only.
 * <pre>
 * mvn -B -q -pl migrations,app test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp app/target/test-classes:app/target/classes:$(cat app/target/test.classpath) \
 *     eu.youthpass.certificate.RenderBenchmark [certificates, default 500]
 * </pre>
 * ({@code mvn -pl app exec:java -Dexec.classpathScope=test ...} needs the migrations jar installed in the local
 * repository first; the two commands above do not.)
 */
public final class RenderBenchmark {

    private static final int ROUNDS = 3;

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmUp = Math.max(50, count / 5);
        CertificateContent content = SampleCertificates.complete().build();
        CertificateRequest request = CertificateRequest.complete(Locale.ENGLISH);
        CertificateRenderer renderer = new CertificateRenderer();
        CertificatePdf signedPdf = new CertificatePdf(renderer, SampleCertificates.throwawaySigner());

        System.out.printf("%d certificates each, %d to warm up, best of %d rounds, one thread, Java %s%n", count,
                warmUp, ROUNDS, Runtime.version());
        double bare = 0;
        double unsigned = 0;
        double signed = 0;
        // rounds interleaved, best kept: this machine is shared, and a neighbour's build shows as a slow round
        for (int round = 1; round <= ROUNDS; round++) {
            System.out.println("round " + round);
            bare = Math.max(bare, measure("(a) bare OpenPDF, 3 pages", count, warmUp, i -> barePdf(content)));
            unsigned = Math.max(unsigned, measure("(b) renderer, 3 parts", count, warmUp,
                    i -> renderer.render(content, request)));
            signed = Math.max(signed, measure("(c) renderer + signature", count, warmUp,
                    i -> signedPdf.create(content, request)));
        }
        System.out.printf("best: a %.1f, b %.1f, c %.1f PDFs/s; ratios b/a %.2f, c/a %.2f, c/b %.2f%n", bare,
                unsigned, signed, unsigned / bare, signed / bare, signed / unsigned);
    }

    private static double measure(String name, int count, int warmUp, IntFunction<byte[]> make) {
        long bytes = 0;
        for (int i = 0; i < warmUp; i++) {
            bytes += make.apply(i).length;
        }
        bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            bytes += make.apply(i).length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = count / seconds;
        System.out.printf("%-28s %7.1f PDFs/s  %6.2f ms each  %6.1f KB each%n", name, perSecond,
                1000 * seconds / count, bytes / 1024.0 / count);
        return perSecond;
    }

    /** The yardstick: what OpenPDF costs with no layout of ours, same fonts, similar amount of text, a QR a page. */
    static byte[] barePdf(CertificateContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        Document document = new Document(CertificateStyle.PAGE, 62, 62, 100, 113);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        Font title = new Font(CertificateFonts.SANS_BOLD, 21);
        Font body = new Font(CertificateFonts.SANS, 10);
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate qr = QrCode.of(content.verificationUrl()).draw(canvas, CertificateStyle.QR_SIZE);
        for (int page = 1; page <= 3; page++) {
            if (page > 1) {
                document.newPage();
            }
            document.add(new Paragraph("Part " + page, title));
            document.add(new Paragraph(content.holder().fullName(), title));
            document.add(new Paragraph(content.project().description(), body));
            content.learningOutcomes().forEach(o -> document.add(new Paragraph(o.text(), body)));
            document.add(new Paragraph(content.number() + "  " + content.verificationUrl() + "  " + page + " / 3",
                    body));
            canvas.addTemplate(qr, 55, 25);
        }
        document.close();
        return out.toByteArray();
    }
}
