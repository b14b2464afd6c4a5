package eu.youthpass.certificate;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;

import static eu.youthpass.certificate.CertificateStyle.BOTTOM_MARGIN;
import static eu.youthpass.certificate.CertificateStyle.PAGE;
import static eu.youthpass.certificate.CertificateStyle.QR_SIZE;
import static eu.youthpass.certificate.CertificateStyle.SIDE_MARGIN;
import static eu.youthpass.certificate.CertificateStyle.mm;

/**
 * What every page carries around its content: the header band with the part, and the footer that makes a single
 * page checkable on its own (certificate number, QR code, verification address, "page x / y"). The total page count
 * is unknown while pages are written, so it goes into one small form filled when the document closes. On demo
 * certificates, the watermark across the page. Drawn at the end of each page, in that page's language: every part
 * begins on a new page, and {@link #startPart} is called right after.
 */
final class PageDecoration extends PdfPageEventHelper {

    private static final float FOOTER_TEXT_SIZE = 7.5f;
    private static final float PAGE_NUMBER_SIZE = 8.5f;

    private final CertificateContent content;
    private final CertificateStyle style;
    private final QrCode qrCode;
    private CertificateTexts texts;
    private CertificatePart part;
    private PdfTemplate qr;
    private PdfTemplate total;

    PageDecoration(CertificateContent content, CertificateStyle style) {
        this.content = content;
        this.style = style;
        this.qrCode = QrCode.of(content.verificationUrl());
    }

    void startPart(CertificateTexts texts, CertificatePart part) {
        this.texts = texts;
        this.part = part;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        qr = qrCode.draw(canvas, QR_SIZE);
        total = canvas.createTemplate(totalWidth(), PAGE_NUMBER_SIZE * 1.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        if (style.older()) {
            olderHeader(writer.getDirectContentUnder());
        } else {
            header(writer.getDirectContentUnder());
        }
        footer(writer.getDirectContent(), writer.getPageNumber());
        if (content.demo()) {
            watermark(writer.getDirectContent());
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(CertificateFonts.SANS_BOLD, PAGE_NUMBER_SIZE);
        total.setColorFill(style.ink);
        total.setTextMatrix(0, PAGE_NUMBER_SIZE * 0.3f);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }

    private void header(PdfContentByte canvas) {
        float top = PAGE.getHeight() - mm(12);
        float height = mm(13);
        float width = PAGE.getWidth() - 2 * SIDE_MARGIN;
        canvas.saveState();
        canvas.setColorFill(style.primary);
        canvas.roundRectangle(SIDE_MARGIN, top - height, width, height, 3);
        canvas.fill();
        float segment = width / style.stripe.size();
        for (int i = 0; i < style.stripe.size(); i++) {
            canvas.setColorFill(style.stripe.get(i));
            canvas.rectangle(SIDE_MARGIN + i * segment, top - height - mm(1.6f), segment, mm(1));
            canvas.fill();
        }
        float baseline = top - height / 2 - 5;
        text(canvas, CertificateFonts.SANS_BOLD, 15, Color.WHITE, Element.ALIGN_LEFT, SIDE_MARGIN + mm(5), baseline,
                texts.get("header.brand"));
        text(canvas, CertificateFonts.SANS, 9, Color.WHITE, Element.ALIGN_RIGHT, SIDE_MARGIN + width - mm(5),
                baseline + 1, partLine());
        canvas.restoreState();
    }

    /** The 2014–2020 design: no band, a centred serif name between rules, in green. */
    private void olderHeader(PdfContentByte canvas) {
        float centre = PAGE.getWidth() / 2;
        float top = PAGE.getHeight() - mm(14);
        canvas.saveState();
        canvas.setCharacterSpacing(4);
        text(canvas, CertificateFonts.SERIF_BOLD, 20, style.primary, Element.ALIGN_CENTER, centre, top - 16,
                texts.get("header.brand").toUpperCase(texts.language()));
        canvas.setCharacterSpacing(0);
        String programme = texts.format("header.older", texts.label("Programme", content.project().programme()));
        text(canvas, CertificateFonts.SANS, 8.5f, style.muted, Element.ALIGN_CENTER, centre, top - 30,
                programme + "   ·   " + partLine());
        canvas.setColorStroke(style.primary);
        float left = SIDE_MARGIN;
        float right = PAGE.getWidth() - SIDE_MARGIN;
        float y = top - 37;
        canvas.setLineWidth(1.2f);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
        canvas.setLineWidth(0.4f);
        canvas.moveTo(left, y - 2.5f);
        canvas.lineTo(right, y - 2.5f);
        canvas.stroke();
        canvas.restoreState();
    }

    private String partLine() {
        return texts.format("header.part", part.number()) + "  ·  " + texts.get(partTitleKey(part));
    }

    static String partTitleKey(CertificatePart part) {
        return "part" + part.number() + ".title";
    }

    private void footer(PdfContentByte canvas, int pageNumber) {
        float left = SIDE_MARGIN;
        float right = PAGE.getWidth() - SIDE_MARGIN;
        float ruleY = BOTTOM_MARGIN - mm(2.5f);
        canvas.saveState();
        canvas.setColorStroke(style.rule);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, ruleY);
        canvas.lineTo(right, ruleY);
        canvas.stroke();

        // the symbol lines up with the margin; its quiet zone reaches into it
        float margin = qrCode.margin(QR_SIZE);
        float qrBottom = mm(9);
        canvas.addTemplate(qr, left - margin, qrBottom - margin);

        float x = left + QR_SIZE + mm(5);
        float top = qrBottom + QR_SIZE;
        text(canvas, CertificateFonts.SANS, FOOTER_TEXT_SIZE, style.muted, Element.ALIGN_LEFT, x, top - 7,
                texts.get("footer.number"));
        canvas.setCharacterSpacing(1.2f);
        text(canvas, CertificateFonts.SANS_BOLD, 13, style.primary, Element.ALIGN_LEFT, x, top - 22,
                content.number().toString());
        canvas.setCharacterSpacing(0);
        text(canvas, CertificateFonts.SANS, FOOTER_TEXT_SIZE, style.muted, Element.ALIGN_LEFT, x, top - 38,
                texts.get("footer.verify"));
        String url = content.verificationUrl();
        float urlSize = 9;
        float urlY = top - 50;
        text(canvas, CertificateFonts.SANS, urlSize, style.ink, Element.ALIGN_LEFT, x, urlY, url);
        float urlWidth = CertificateFonts.SANS.getWidthPoint(url, urlSize);
        canvas.setAction(new PdfAction(url), x, urlY - 2, x + urlWidth, urlY + urlSize);

        String page = texts.get("footer.page") + " " + pageNumber + " / ";
        float totalX = right - totalWidth();
        text(canvas, CertificateFonts.SANS, PAGE_NUMBER_SIZE, style.muted, Element.ALIGN_RIGHT, totalX, top - 7, page);
        canvas.addTemplate(total, totalX, top - 7 - PAGE_NUMBER_SIZE * 0.3f);
        canvas.restoreState();
    }

    private static float totalWidth() {
        return CertificateFonts.SANS_BOLD.getWidthPoint("888", PAGE_NUMBER_SIZE);
    }

    /** Large, light and diagonal: the page stays readable, yet no copy can pass for a real certificate. */
    private void watermark(PdfContentByte canvas) {
        String text = texts.get("demo.watermark");
        float diagonal = (float) Math.hypot(PAGE.getWidth(), PAGE.getHeight());
        float size = Math.min(64, diagonal * 0.7f / CertificateFonts.SANS_BOLD.getWidthPoint(text, 1));
        float angle = (float) Math.toDegrees(Math.atan2(PAGE.getHeight(), PAGE.getWidth()));
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.16f);
        canvas.saveState();
        canvas.setGState(translucent);
        canvas.beginText();
        canvas.setFontAndSize(CertificateFonts.SANS_BOLD, size);
        canvas.setColorFill(style.watermark);
        canvas.showTextAligned(Element.ALIGN_CENTER, text, PAGE.getWidth() / 2, PAGE.getHeight() / 2 - size / 3,
                angle);
        canvas.endText();
        canvas.restoreState();
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, Color colour, int alignment, float x,
                             float y, String text) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(colour);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }
}
