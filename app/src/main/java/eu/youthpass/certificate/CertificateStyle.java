package eu.youthpass.certificate;

import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;

import java.awt.Color;
import java.util.List;

/**
 * Page geometry, colours and type of one certificate layout. Margins are generous for print on heavy paper
 * (160 g/m²): office printers leave 4–6 mm unprinted, and a certificate is often punched or framed, so nothing
 * important comes within 12 mm of an edge. Fonts are made per document because OpenPDF's {@link Font} is mutable.
 */
final class CertificateStyle {

    static final Rectangle PAGE = PageSize.A4;
    static final float SIDE_MARGIN = mm(22);
    /** Below the header band. */
    static final float TOP_MARGIN = mm(35);
    /** Above the footer with the QR code. */
    static final float BOTTOM_MARGIN = mm(40);
    /** The printed QR code without its quiet zone; above ~2.2 cm phones read it from arm's length. */
    static final float QR_SIZE = mm(24);

    final CertificateLayout layout;
    final Color primary;
    final Color ink;
    final Color muted;
    final Color panel;
    final Color rule;
    final Color watermark;
    /** The band of colours under the header, after the many-coloured Youthpass mark. */
    final List<Color> stripe;
    final BaseFont headingFace;

    final Font partLabel;
    final Font title;
    final Font intro;
    final Font holderName;
    final Font shownTitle;
    final Font heading;
    final Font subheading;
    final Font label;
    final Font value;
    final Font body;
    final Font bodyBold;
    final Font meta;
    final Font note;
    final Font link;
    final Font signatureCaption;
    final Font signatureName;
    final Font signatureFunction;

    private CertificateStyle(CertificateLayout layout) {
        this.layout = layout;
        boolean older = layout == CertificateLayout.PROGRAMMES_2014_2020;
        primary = older ? new Color(0x1F, 0x5E, 0x4A) : new Color(0x23, 0x3A, 0x7A);
        ink = new Color(0x1E, 0x24, 0x30);
        muted = new Color(0x5A, 0x63, 0x73);
        panel = older ? new Color(0xF1, 0xF5, 0xF0) : new Color(0xEF, 0xF3, 0xFA);
        rule = new Color(0xC9, 0xD1, 0xDE);
        watermark = new Color(0xC0, 0x2B, 0x2B);
        stripe = List.of(new Color(0xE9, 0x7B, 0x2E), new Color(0xD2, 0x3F, 0x74), new Color(0x7A, 0x4F, 0xB5),
                new Color(0x2C, 0x8A, 0xC9), new Color(0x3C, 0xA0, 0x63));
        headingFace = older ? CertificateFonts.SERIF_BOLD : CertificateFonts.SANS_BOLD;

        partLabel = new Font(CertificateFonts.SANS_BOLD, 8.5f, Font.NORMAL, older ? primary : stripe.getFirst());
        title = new Font(headingFace, 21, Font.NORMAL, primary);
        intro = new Font(CertificateFonts.SANS, 10, Font.NORMAL, muted);
        holderName = new Font(headingFace, 24, Font.NORMAL, ink);
        shownTitle = new Font(headingFace, 15, Font.NORMAL, primary);
        heading = new Font(headingFace, 11.5f, Font.NORMAL, primary);
        subheading = new Font(CertificateFonts.SANS_BOLD, 10, Font.NORMAL, ink);
        label = new Font(CertificateFonts.SANS, 8.5f, Font.NORMAL, muted);
        value = new Font(CertificateFonts.SANS, 10, Font.NORMAL, ink);
        body = new Font(CertificateFonts.SANS, 10, Font.NORMAL, ink);
        bodyBold = new Font(CertificateFonts.SANS_BOLD, 10, Font.NORMAL, ink);
        meta = new Font(CertificateFonts.SANS, 8.5f, Font.NORMAL, muted);
        note = new Font(CertificateFonts.SANS, 8.5f, Font.NORMAL, new Color(0x3A, 0x42, 0x50));
        link = new Font(CertificateFonts.SANS, 9, Font.UNDERLINE, primary);
        signatureCaption = new Font(CertificateFonts.SANS, 8, Font.NORMAL, muted);
        signatureName = new Font(CertificateFonts.SANS_BOLD, 10, Font.NORMAL, ink);
        signatureFunction = new Font(CertificateFonts.SANS, 9, Font.NORMAL, muted);
    }

    static CertificateStyle of(CertificateLayout layout) {
        return new CertificateStyle(layout);
    }

    boolean older() {
        return layout == CertificateLayout.PROGRAMMES_2014_2020;
    }

    static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }

    static float contentWidth() {
        return PAGE.getWidth() - 2 * SIDE_MARGIN;
    }
}
