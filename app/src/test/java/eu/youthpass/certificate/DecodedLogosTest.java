package eu.youthpass.certificate;

import eu.youthpass.certificate.CertificateContent.Organisation;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfWriter;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One renderer makes many certificates with the logo decoded once; each still shows its own organisation's logo. */
class DecodedLogosTest {

    private final CertificateRenderer renderer = new CertificateRenderer();

    @Test
    void certificatesOneAfterAnotherShowTheLogoTheyWereGiven() throws IOException {
        byte[] bridge = SampleCertificates.logo();
        byte[] square = png(120, 120);
        assertEquals(List.of("600x240"), picturesOnPage1(bridge.clone()));
        assertEquals(List.of("600x240"), picturesOnPage1(bridge.clone()), "the same logo again, from a new array");
        assertEquals(List.of("120x120"), picturesOnPage1(square), "another organisation's logo, not the last one");
        assertEquals(List.of(), picturesOnPage1(null));
        assertEquals(List.of(), picturesOnPage1("not a picture".getBytes(StandardCharsets.UTF_8)),
                "a broken logo is left out, the certificate is made");
        assertEquals(List.of("600x240"), picturesOnPage1(bridge), "and a good one decoded again after it");

        CertificateContent content = SampleCertificates.complete()
                .organisation(new Organisation("Biedrība “Jauniešu tilts”", "LV", bridge)).build();
        byte[] pdf = renderer.render(content, CertificateRequest.complete(Locale.ENGLISH));
        BufferedImage printed = PdfPictures.images(pdf, 1).getFirst();
        assertEquals(0, printed.getRGB(2, 2) >>> 24, "the logo's transparent corner stays transparent");
        assertEquals(0xFF, printed.getRGB(100, 160) >>> 24, "its orange bar is opaque");
        assertSimilar(0xE97B2E, printed.getRGB(100, 160), "and orange");
    }

    @Test
    void eachDocumentGetsItsOwnCopyOfTheDecodedPicture() {
        DecodedLogos logos = new DecodedLogos();
        byte[] bridge = SampleCertificates.logo();
        var first = logos.forDocument(bridge, "A");
        var second = logos.forDocument(bridge.clone(), "B");
        assertNotSame(first, second, "scaled and placed per document");
        assertEquals(first.getWidth(), second.getWidth());
        first.scaleAbsolute(10, 10);
        assertEquals(600, logos.forDocument(bridge, "C").getScaledWidth(), "scaling one copy changes no other");
        assertNull(logos.forDocument(new byte[0], "D"));
    }

    @Test
    void twoThreadsShareOneRendererAndLogo() throws Exception {
        byte[] bridge = SampleCertificates.logo();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> made = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                made.add(threads.submit(() -> picturesOnPage1(bridge)));
            }
            for (Future<List<String>> one : made) {
                assertEquals(List.of("600x240"), one.get());
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void everyKindOfPngAndJpegPrintsWithItsColoursAndTransparency() throws IOException {
        List<Integer> pngKinds = List.of(BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_RGB,
                BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_USHORT_GRAY,
                BufferedImage.TYPE_4BYTE_ABGR);
        // the JPEGs a phone or an editor writes
        List<Integer> jpegKinds = List.of(BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_GRAY);
        for (String format : List.of("png", "jpg")) {
            for (int kind : format.equals("png") ? pngKinds : jpegKinds) {
                BufferedImage source = new BufferedImage(90, 60, kind);
                Graphics2D g = source.createGraphics();
                g.setColor(new Color(0x10, 0x50, 0xC0));
                g.fillRect(0, 0, 45, 60);
                g.setColor(Color.WHITE);
                g.fillRect(45, 0, 45, 60);
                g.dispose();
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                ImageIO.write(source, format, file);
                CertificateContent content = SampleCertificates.complete()
                        .organisation(new Organisation("Org", "LV", file.toByteArray())).build();
                byte[] pdf = renderer.render(content, CertificateRequest.complete(Locale.ENGLISH));
                String what = format + " of type " + kind;
                assertEquals(List.of("90x60"), PdfPictures.on(pdf, 1), what);
                BufferedImage printed = PdfPictures.images(pdf, 1).getFirst();
                BufferedImage byOpenPdf = PdfPictures.images(asOpenPdfEmbedsIt(file.toByteArray()), 1).getFirst();
                for (int x : new int[] {10, 80}) {
                    assertSimilar(byOpenPdf.getRGB(x, 30), printed.getRGB(x, 30), what + " at x " + x);
                }
                if (source.getColorModel().getColorSpace().getNumComponents() == 3) {
                    assertSimilar(0x1050C0, printed.getRGB(10, 30), what + ": the blue is blue");
                }
            }
        }
    }

    /** A page with nothing but this picture, as OpenPDF embeds it by itself (the oracle for ours). */
    private static byte[] asOpenPdfEmbedsIt(byte[] picture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(Image.getInstance(picture));
        document.close();
        return out.toByteArray();
    }

    private static void assertSimilar(int expected, int actual, String what) {
        for (int shift : new int[] {0, 8, 16}) {
            int e = expected >> shift & 0xFF;
            int a = actual >> shift & 0xFF;
            assertTrue(Math.abs(e - a) <= 24, what + String.format(": expected #%06X, printed #%06X",
                    expected & 0xFFFFFF, actual & 0xFFFFFF));
        }
    }

    private List<String> picturesOnPage1(byte[] logo) {
        CertificateContent content = SampleCertificates.complete()
                .organisation(new Organisation("Biedrība “Jauniešu tilts”", "LV", logo)).build();
        return PdfPictures.on(renderer.render(content, CertificateRequest.complete(Locale.ENGLISH)), 1);
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, width / 2, height / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
