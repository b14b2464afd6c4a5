package eu.youthpass.certificate;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;

/**
 * The certificate's typefaces: Liberation Sans and Serif from openpdf-fonts-extra, which cover every EU language's
 * letters (Latin with all diacritics, Greek, Cyrillic). Encoded Identity-H and embedded, so names print the same on
 * every reader and printer. Each file is read once per JVM (class initialisation is thread-safe); a BaseFont is only
 * read while documents are written, so all documents share these.
 */
final class CertificateFonts {

    static final BaseFont SANS = load("LiberationSans-Regular.ttf");
    static final BaseFont SANS_BOLD = load("LiberationSans-Bold.ttf");
    static final BaseFont SANS_ITALIC = load("LiberationSans-Italic.ttf");
    static final BaseFont SERIF_BOLD = load("LiberationSerif-Bold.ttf");

    private CertificateFonts() {
    }

    /**
     * Compressed for speed: the subset of each font a certificate uses is deflated anew in every PDF, at OpenPDF's
     * default level a quarter of a certificate's time. At the fastest level a certificate is 5% larger (53 → 56 KB)
     * and made in 27% less time (4.1 → 3.0 ms on one thread, RenderBenchmark).
     */
    private static BaseFont load(String file) {
        BaseFont font = read(file);
        font.setCompressionLevel(Deflater.BEST_SPEED);
        return font;
    }

    /** A font file as OpenPDF reads it by default, for the certificates' fonts and the benchmark's yardstick. */
    static BaseFont read(String file) {
        String resource = "liberation/" + file;
        try (InputStream in = CertificateFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (openpdf-fonts-extra)");
            }
            byte[] ttf = in.readAllBytes();
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot use " + resource, e);
        }
    }
}
