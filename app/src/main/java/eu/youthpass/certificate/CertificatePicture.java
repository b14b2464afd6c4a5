package eu.youthpass.certificate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page of a certificate as a PNG picture, drawn by PDFBox from the PDF itself: the preview shows exactly what the
 * PDF will show, fonts and QR code included.
 */
public final class CertificatePicture {

    private CertificatePicture() {
    }

    /** Page {@code pageNumber} (from 1) at {@code dpi} dots per inch; 100 gives an A4 page of 827 × 1170 pixels. */
    public static byte[] png(byte[] pdf, int pageNumber, int dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageNumber - 1, dpi, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream(256 * 1024);
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
