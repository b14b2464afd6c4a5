package eu.youthpass.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the QR code on a PDF page the way a phone would see a print: the page rendered as a picture (150 dpi),
 * then decoded by ZXing; like a phone moved closer, it tries 200 and 300 dpi when a picture does not decode (at
 * 150 dpi a module is 4.8 pixels, and about one symbol in fifty falls between pixels badly enough for ZXing's
 * whole-page search). Empty when there is no readable code.
 */
public final class QrReader {

    public static final int DPI = 150;
    private static final int[] CLOSER = {200, 300};

    private QrReader() {
    }

    public static Optional<String> read(byte[] pdf, int pageNumber) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            Optional<String> text = decode(renderer.renderImageWithDPI(pageNumber - 1, DPI, ImageType.RGB));
            for (int i = 0; text.isEmpty() && i < CLOSER.length; i++) {
                text = decode(renderer.renderImageWithDPI(pageNumber - 1, CLOSER[i], ImageType.RGB));
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<String> decode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            Result result = new MultiFormatReader().decode(bitmap, Map.of(
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                    DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return Optional.of(result.getText());
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }
}
