package eu.youthpass.certificate;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.zip.Deflater;

/**
 * How fast certificates are made on one thread, against a bare OpenPDF loop as the yardstick: (a) a plain A4
 * document with the same text on as many pages, the same embedded fonts and a QR code per page ({@link #barePdf});
 * (a') the same compressed as our certificates are; (b) our renderer, three parts, unsigned; (c) the same, signed;
 * (d) signed, with the organisation's logo. Each is warmed up first. Not a test: run it by hand, on a quiet
 * machine, and compare figures within one run only.
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
        List<String> pages = pagesOf(renderer.render(content, request));
        String number = content.number().toString();
        System.out.printf("certificate: %d pages; yardstick: %d pages of the same text%n", pages.size(),
                PdfText.of(barePdf(pages, number, content.verificationUrl())).pageCount());

        System.out.printf("%d certificates each, %d to warm up, best of %d rounds, one thread, Java %s%n", count,
                warmUp, ROUNDS, Runtime.version());
        double bare = 0;
        double bareFastest = 0;
        double unsigned = 0;
        double signed = 0;
        double withLogo = 0;
        CertificateContent logoContent = SampleCertificates.complete()
                .organisation(new CertificateContent.Organisation("Biedrība “Jauniešu tilts”", "LV",
                        SampleCertificates.logo())).build();
        // rounds interleaved, best kept: this machine is shared, and a neighbour's build shows as a slow round
        for (int round = 1; round <= ROUNDS; round++) {
            System.out.println("round " + round);
            bare = Math.max(bare, measure("(a) bare OpenPDF, same text", count, warmUp,
                    i -> barePdf(pages, number, content.verificationUrl())));
            bareFastest = Math.max(bareFastest, measure("(a') the same, our compression", count, warmUp,
                    i -> barePdf(pages, number, content.verificationUrl(), true)));
            unsigned = Math.max(unsigned, measure("(b) renderer, 3 parts", count, warmUp,
                    i -> renderer.render(content, request)));
            signed = Math.max(signed, measure("(c) renderer + signature", count, warmUp,
                    i -> signedPdf.create(content, request)));
            withLogo = Math.max(withLogo, measure("(d) the same, with a logo", count, warmUp,
                    i -> signedPdf.create(logoContent, request)));
        }
        System.out.printf("best: a %.1f, a' %.1f, b %.1f, c %.1f, d %.1f PDFs/s; ratios b/a %.2f, c/a %.2f, c/a' %.2f, "
                + "c/b %.2f, d/c %.2f%n", bare, bareFastest, unsigned, signed, withLogo, unsigned / bare, signed / bare,
                signed / bareFastest, signed / unsigned, withLogo / signed);
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

    /**
     * The yardstick: what OpenPDF costs for an equivalent document with no layout of ours. The same words on the same
     * number of pages as one of our certificates ({@code pages}, the text PDFBox reads back from it, page by page),
     * in the same two embedded fonts, with a QR code of the same address and the number on every page; but plain
     * paragraphs, no tables, bands, rules or signature; and OpenPDF's default compression.
     */
    static byte[] barePdf(List<String> pages, String number, String verificationUrl) {
        return barePdf(pages, number, verificationUrl, false);
    }

    /**
     * The same, compressed like our certificates when {@code fastest} (the deflate level we chose for them,
     * {@link CertificateFonts}): shows how much of the job's rate against the yardstick comes from that choice.
     */
    static byte[] barePdf(List<String> pages, String number, String verificationUrl, boolean fastest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        Document document = new Document(CertificateStyle.PAGE, 62, 62, 60, 113);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        BaseFont sans = fastest ? CertificateFonts.SANS : BareFonts.SANS;
        BaseFont sansBold = fastest ? CertificateFonts.SANS_BOLD : BareFonts.SANS_BOLD;
        if (fastest) {
            writer.setCompressionLevel(Deflater.BEST_SPEED);
        }
        document.open();
        Font title = new Font(sansBold, 14);
        Font body = new Font(sans, 8.5f);
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate qr = QrCode.of(verificationUrl).draw(canvas, CertificateStyle.QR_SIZE);
        for (int page = 0; page < pages.size(); page++) {
            if (page > 0) {
                document.newPage();
            }
            List<String> lines = pages.get(page).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            for (int line = 0; line < lines.size(); line++) {
                document.add(new Paragraph(10, lines.get(line), line < 3 ? title : body));
            }
            canvas.addTemplate(qr, 55, 25);
            canvas.beginText();
            canvas.setFontAndSize(sansBold, 13);
            canvas.showTextAligned(Element.ALIGN_LEFT, number + "   " + (page + 1) + " / " + pages.size(), 140, 60, 0);
            canvas.endText();
        }
        document.close();
        return out.toByteArray();
    }

    /** The certificates' typefaces as OpenPDF uses them by default (the certificates' own compress faster). */
    private static final class BareFonts {
        static final BaseFont SANS = CertificateFonts.read("LiberationSans-Regular.ttf");
        static final BaseFont SANS_BOLD = CertificateFonts.read("LiberationSans-Bold.ttf");
    }

    /** What a certificate says, page by page, for the yardstick to print. */
    static List<String> pagesOf(byte[] certificate) {
        return PdfText.of(certificate).pages();
    }
}
