package eu.youthpass.certificate;

import eu.youthpass.certificate.CertificateContent.Partner;
import eu.youthpass.certificate.CertificateContent.Signatory;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static eu.youthpass.certificate.CertificateStyle.mm;

/**
 * Writes the building blocks the three parts are made of, so that they look alike: the title of a part, panels of
 * facts, headings, running text, signature blocks. Every block leaves out what is empty, and a block with nothing in
 * it is not written at all.
 * <p>
 * Vertical space comes from each block's gap above it, made by an empty table row: OpenPDF's paragraph spacing
 * writes a space character on a line of its own, which text extraction and screen readers then glue into the
 * neighbouring words ("T his is").
 */
final class CertificateBlocks {

    /** Room a heading needs below it, so that it never stands alone at the foot of a page. */
    private static final float HEADING_WITH_FIRST_LINES = 72;

    private final Document document;
    private final PdfWriter writer;
    private final CertificateStyle style;
    private final CertificateTexts texts;
    private final LocalDate issuedOn;

    CertificateBlocks(Document document, PdfWriter writer, CertificateStyle style, CertificateTexts texts,
                      LocalDate issuedOn) {
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.texts = texts;
        this.issuedOn = issuedOn;
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** A label and a value among facts; left out when the value is empty. */
    record Fact(String labelKey, String value) {
    }

    /** A caption ("Legal representative"), room to sign, the line, then name and function when known. */
    record SignatureBlock(String captionKey, Signatory signatory) {
    }

    /** "PART 1", the part's title and, beside them, the organisation's logo when it has one. */
    void partTitle(CertificatePart part, Image logo) {
        PdfPTable table = new PdfPTable(logo == null ? new float[] {1} : new float[] {0.75f, 0.25f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(mm(5));
        PdfPCell words = cell();
        words.addElement(new Paragraph(texts.format("header.part", part.number()).toUpperCase(texts.language()),
                style.partLabel));
        words.addElement(new Paragraph(26, texts.get(PageDecoration.partTitleKey(part)), style.title));
        words.setVerticalAlignment(Element.ALIGN_BOTTOM);
        table.addCell(words);
        if (logo != null) {
            Image scaled = Image.getInstance(logo);
            scaled.scaleToFit(mm(40), mm(17));
            scaled.setAlignment(Image.ALIGN_RIGHT);
            PdfPCell picture = cell();
            picture.addElement(scaled);
            picture.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(picture);
        }
        document.add(table);
    }

    /** A quiet line leading into what follows: "This is to confirm that". */
    void intro(String text) {
        gap(mm(1));
        document.add(paragraph(text, style.intro, 1.4f));
    }

    void holderName(String name) {
        document.add(paragraph(name, style.holderName, 1.2f));
    }

    void shownTitle(String title) {
        if (present(title)) {
            document.add(paragraph(title.strip(), style.shownTitle, 1.25f));
        }
    }

    /** Facts as label–value rows on a tinted panel; empty facts are left out. */
    void facts(List<Fact> facts) {
        List<Fact> shown = facts.stream().filter(f -> present(f.value())).toList();
        if (shown.isEmpty()) {
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {0.3f, 0.7f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(mm(3));
        table.setSpacingAfter(mm(2));
        for (int i = 0; i < shown.size(); i++) {
            boolean first = i == 0;
            boolean last = i == shown.size() - 1;
            PdfPCell label = factCell(new Phrase(texts.get(shown.get(i).labelKey()), style.label), first, last);
            label.setPaddingLeft(mm(4));
            label.setPaddingTop(label.getPaddingTop() + 1.5f);
            table.addCell(label);
            table.addCell(factCell(new Phrase(shown.get(i).value().strip(), style.value), first, last));
        }
        document.add(table);
    }

    private PdfPCell factCell(Phrase phrase, boolean first, boolean last) {
        PdfPCell cell = cell();
        cell.setPhrase(phrase);
        cell.setLeading(phrase.getFont().getSize() * 1.3f, 0);
        cell.setPaddingTop(first ? mm(3) : 1.5f);
        cell.setPaddingBottom(last ? mm(3.5f) : 3);
        cell.setPaddingRight(mm(3));
        cell.setBackgroundColor(style.panel);
        return cell;
    }

    /** A few short facts side by side, each label above its value; empty ones are left out. */
    void factsInRow(List<Fact> facts) {
        List<Fact> shown = facts.stream().filter(f -> present(f.value())).toList();
        if (shown.isEmpty()) {
            return;
        }
        PdfPTable table = new PdfPTable(Math.max(shown.size(), 3));
        table.setWidthPercentage(100);
        table.setSpacingBefore(mm(3.5f));
        table.setSpacingAfter(mm(2));
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        for (Fact fact : shown) {
            PdfPCell cell = cell();
            cell.setPaddingRight(mm(3));
            cell.addElement(paragraph(texts.get(fact.labelKey()), style.label, 1.3f));
            cell.addElement(paragraph(fact.value().strip(), style.value, 1.3f));
            table.addCell(cell);
        }
        table.completeRow();
        document.add(table);
    }

    void heading(String key) {
        headingText(texts.get(key));
    }

    void headingText(String text) {
        keepWithNext(HEADING_WITH_FIRST_LINES);
        gap(mm(4));
        document.add(paragraph(text, style.heading, 1.3f));
        gap(mm(1));
    }

    /** A bold line such as an activity's title; nothing when there is no text. */
    void subheading(String text) {
        if (present(text)) {
            keepWithNext(HEADING_WITH_FIRST_LINES / 2);
            gap(mm(1.5f));
            document.add(paragraph(text.strip(), style.subheading, 1.3f));
        }
    }

    /** Text as written, line breaks kept. */
    void text(String text) {
        document.add(paragraph(text.strip().replace("\r\n", "\n"), style.body, 1.42f));
    }

    /** Smaller, quieter text, such as the words about the programme. */
    void note(String text) {
        document.add(paragraph(text.strip(), style.note, 1.42f));
    }

    /** A small line under a title: "Youth exchange · 3 March 2025 – 12 March 2025 · Rīga, Latvia". */
    void meta(String... values) {
        List<String> shown = Arrays.stream(values).filter(CertificateBlocks::present).map(String::strip).toList();
        if (!shown.isEmpty()) {
            document.add(paragraph(String.join("  ·  ", shown), style.meta, 1.35f));
        }
    }

    /** A titled link, the address printed in full because the certificate is read on paper. */
    void link(String title, String url) {
        Paragraph paragraph = paragraph("", style.body, 1.35f);
        if (present(title)) {
            paragraph.add(new Chunk(title.strip(), style.bodyBold));
            paragraph.add(new Chunk("\n", style.bodyBold));
        }
        if (present(url)) {
            paragraph.add(new Chunk(url.strip(), style.link).setAnchor(url.strip()));
        }
        gap(mm(1.5f));
        document.add(paragraph);
    }

    /** The partner organisations: name and country, one a row, between thin rules. */
    void partners(List<Partner> partners) {
        PdfPTable table = new PdfPTable(new float[] {0.68f, 0.32f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(ruled(new Phrase(texts.get("field.organisation"), style.label), 1.2f));
        table.addCell(ruled(new Phrase(texts.get("field.country"), style.label), 1.2f));
        for (Partner partner : partners) {
            table.addCell(ruled(new Phrase(partner.name().strip(), style.value), 0.5f));
            table.addCell(ruled(new Phrase(texts.country(partner.country()), style.value), 0.5f));
        }
        document.add(table);
    }

    private PdfPCell ruled(Phrase phrase, float rule) {
        PdfPCell cell = cell();
        cell.setPhrase(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderWidthBottom(rule);
        cell.setBorderColorBottom(rule > 1 ? style.primary : style.rule);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(5);
        cell.setPaddingRight(mm(3));
        return cell;
    }

    /** "Venue": city and country name in this language, whichever is known. */
    String venue(CertificateContent.Venue venue) {
        if (venue == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (present(venue.city())) {
            parts.add(venue.city().strip());
        }
        if (present(venue.country())) {
            parts.add(texts.country(venue.country()));
        }
        return String.join(texts.get("general.list_separator"), parts);
    }

    /** The date of issue, then where the part's signers sign by hand, side by side; never split over two pages. */
    void signatures(List<SignatureBlock> blocks) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(mm(6));
        table.setKeepTogether(true);
        PdfPCell issued = cell();
        issued.setColspan(2);
        issued.setPhrase(new Phrase(texts.format("signature.issued", texts.date(issuedOn)), style.meta));
        issued.setPaddingBottom(mm(3));
        table.addCell(issued);
        for (SignatureBlock block : blocks) {
            table.addCell(signature(block));
        }
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        table.completeRow();
        document.add(table);
    }

    private PdfPCell signature(SignatureBlock block) {
        PdfPTable inner = new PdfPTable(1);
        inner.setWidthPercentage(100);
        PdfPCell caption = cell();
        caption.setPhrase(new Phrase(texts.get(block.captionKey()), style.signatureCaption));
        caption.setMinimumHeight(mm(13));
        inner.addCell(caption);
        PdfPCell name = cell();
        name.setBorder(Rectangle.TOP);
        name.setBorderWidthTop(0.6f);
        name.setBorderColorTop(style.ink);
        name.setPaddingTop(4);
        Signatory signatory = block.signatory();
        if (signatory != null && present(signatory.name())) {
            name.addElement(paragraph(signatory.name().strip(), style.signatureName, 1.3f));
        }
        if (signatory != null && present(signatory.function())) {
            name.addElement(paragraph(signatory.function().strip(), style.signatureFunction, 1.3f));
        }
        inner.addCell(name);
        PdfPCell outer = cell();
        outer.setPaddingRight(mm(10));
        outer.addElement(inner);
        return outer;
    }

    /** Starts a new page when less than {@code height} is left on this one (OpenPDF has no keep-with-next). */
    private void keepWithNext(float height) {
        if (writer.getVerticalPosition(true) - document.bottom() < height) {
            document.newPage();
        }
    }

    /** Empty vertical space that writes nothing: an empty table row of that height. */
    private void gap(float height) {
        PdfPTable spacer = new PdfPTable(1);
        spacer.setWidthPercentage(100);
        PdfPCell empty = cell();
        empty.setFixedHeight(height);
        spacer.addCell(empty);
        document.add(spacer);
    }

    /** Fixed leading: OpenPDF's multiplied leading makes lines of mixed sizes uneven. */
    private static Paragraph paragraph(String text, Font font, float lineHeight) {
        return new Paragraph(font.getSize() * lineHeight, text, font);
    }

    static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(true);
        return cell;
    }
}
