package eu.youthpass.certificate;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

import java.awt.Color;
import java.util.Map;

/**
 * The QR code of a verification address, drawn as vector squares rather than a bitmap: sharp at any print
 * resolution and a few hundred bytes. Error correction M survives the creases and stains of a carried paper.
 */
final class QrCode {

    static final ErrorCorrectionLevel ERROR_CORRECTION = ErrorCorrectionLevel.M;
    /** White modules around the symbol, as ISO/IEC 18004 asks; part of the drawn square. */
    static final int QUIET_ZONE = 4;

    private final ByteMatrix modules;

    private QrCode(ByteMatrix modules) {
        this.modules = modules;
    }

    static QrCode of(String text) {
        try {
            return new QrCode(Encoder.encode(text, ERROR_CORRECTION,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text + " as a QR code", e);
        }
    }

    /** The drawn square's side for a symbol of {@code symbolSize}, quiet zone included. */
    float outerSize(float symbolSize) {
        return symbolSize * (modules.getWidth() + 2 * QUIET_ZONE) / modules.getWidth();
    }

    /** The quiet zone's width for a symbol of {@code symbolSize}. */
    float margin(float symbolSize) {
        return symbolSize * QUIET_ZONE / modules.getWidth();
    }

    /** A form the page can place anywhere, drawn once per document however many pages show it. */
    PdfTemplate draw(PdfContentByte canvas, float symbolSize) {
        float outer = outerSize(symbolSize);
        float module = symbolSize / modules.getWidth();
        PdfTemplate template = canvas.createTemplate(outer, outer);
        template.setColorFill(Color.BLACK);
        int size = modules.getWidth();
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (modules.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && modules.get(x, y) == 1) {
                    x++;
                }
                // one rectangle per run of dark modules; all in one path, so no hairline seams between them
                template.rectangle((QUIET_ZONE + start) * module, outer - (QUIET_ZONE + y + 1) * module,
                        (x - start) * module, module);
            }
        }
        template.fill();
        return template;
    }
}
