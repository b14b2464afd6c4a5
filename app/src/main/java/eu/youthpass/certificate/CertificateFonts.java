package eu.youthpass.certificate;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

    private static BaseFont load(String file) {
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
