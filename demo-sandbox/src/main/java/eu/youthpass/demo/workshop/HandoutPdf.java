package eu.youthpass.demo.workshop;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The trainer's printable handout: one card per seat with its login and password, to cut apart and hand out, and the
 * trainer's own login at the top. Liberation Sans (from openpdf-fonts-extra, as on certificates) prints every EU
 * language's letters, so a workshop may be named in any of them.
 */
public final class HandoutPdf {

    private static final BaseFont SANS = font("LiberationSans-Regular.ttf");
    private static final BaseFont SANS_BOLD = font("LiberationSans-Bold.ttf");

    private HandoutPdf() {
    }

    public static byte[] render(WorkshopView workshop, String loginUrl, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("i18n.demo", locale, HandoutPdf.class.getClassLoader());
        Font title = new Font(SANS_BOLD, 16);
        Font text = new Font(SANS, 10);
        Font bold = new Font(SANS_BOLD, 11);
        Font code = new Font(SANS_BOLD, 13);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(workshop.name());
            document.setDocumentLanguage(locale.toLanguageTag());
            document.open();
            document.add(new Paragraph(format(texts, "demo.handout.title", locale, workshop.name()), title));
            document.add(new Paragraph(format(texts, "demo.handout.intro", locale, loginUrl,
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(workshop.endsOn())), text));
            PdfPTable cards = new PdfPTable(2);
            cards.setWidthPercentage(100);
            cards.setSpacingBefore(12);
            for (WorkshopLogin login : workshop.logins()) {
                String heading = login.isTrainer() ? texts.getString("demo.handout.trainer")
                        : format(texts, "demo.handout.seat", locale, login.seat());
                PdfPCell card = new PdfPCell();
                card.setBorder(Rectangle.BOX);
                card.setBorderWidth(0.5f);
                card.setPadding(10);
                card.addElement(new Paragraph(heading, bold));
                card.addElement(new Paragraph(texts.getString("demo.login.email"), text));
                card.addElement(new Paragraph(login.email(), code));
                card.addElement(new Paragraph(texts.getString("demo.login.password"), text));
                card.addElement(new Paragraph(login.password(), code));
                card.addElement(new Paragraph(loginUrl, text));
                cards.addCell(card);
            }
            cards.completeRow();
            document.add(cards);
            Paragraph note = new Paragraph(texts.getString("demo.handout.note"), text);
            note.setAlignment(Element.ALIGN_LEFT);
            note.setSpacingBefore(12);
            document.add(note);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the workshop handout", e);
        }
        return out.toByteArray();
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    private static BaseFont font(String file) {
        String resource = "liberation/" + file;
        try (InputStream in = HandoutPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
