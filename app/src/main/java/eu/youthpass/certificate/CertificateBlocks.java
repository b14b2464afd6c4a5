package eu.youthpass.certificate;

import eu.youthpass.certificate.CertificateContent.Partner;
import eu.youthpass.certificate.CertificateContent.Signatory;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static eu.youthpass.certificate.CertificateStyle.mm;

/**
 * The building blocks the three parts are made of, so that they look alike: the title of a part, a panel of facts,
 * headings, running text, signature blocks. Every block leaves out what is empty; a block with nothing in it is not
 * made at all ({@link #present}).
 */
final class CertificateBlocks {

    private final CertificateStyle style;
    private final CertificateTexts texts;
    private final LocalDate issuedOn;

    CertificateBlocks(CertificateStyle style, CertificateTexts texts, LocalDate issuedOn) {
        this.style = style;
        this.texts = texts;
        this.issuedOn = issuedOn;
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** A label and a value in a facts panel; left out when the value is empty. */
    record Fact(String labelKey, String value) {
    }

    /** "PART 1", the part's title and, beside them, the organisation's logo when it has one. */
    PdfPTable partTitle(CertificatePart part, Image logo) {
        PdfPTable table = new PdfPTable(logo == null ? new float[] {1} : new float[] {0.75f, 0.25f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(mm(6));
        PdfPCell words = cell();
        Paragraph label = new Paragraph(texts.format("header.part", part.number()).toUpperCase(texts.language()),
                style.partLabel);
        words.addElement(label);
        Paragraph title = new Paragraph(texts.get(PageDecoration.partTitleKey(part)), style.title);
        title.setLeading(26);
        words.addElement(title);
        words.setVerticalAlignment(Element.ALIGN_BOTTOM);
        table.addCell(words);
        if (logo != null) {
            Image scaled = Image.getInstance(logo);
            scaled.scaleToFit(mm(40), mm(17));
            PdfPCell picture = cell();
            picture.addElement(scaled);
            picture.setHorizontalAlignment(Element.ALIGN_RIGHT);
            picture.setVerticalAlignment(Element.ALIGN_MIDDLE);
            // an Image added as an element keeps its own alignment
            scaled.setAlignment(Image.ALIGN_RIGHT);
            table.addCell(picture);
        }
        return table;
    }

    Paragraph intro(String text) {
        Paragraph paragraph = new Paragraph(text, style.intro);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    Paragraph holderName(String name) {
        Paragraph paragraph = new Paragraph(name, style.holderName);
        paragraph.setLeading(29);
        paragraph.setSpacingAfter(mm(3));
        return paragraph;
    }

    Paragraph shownTitle(String title) {
        Paragraph paragraph = new Paragraph(title, style.shownTitle);
        paragraph.setLeading(19);
        paragraph.setSpacingAfter(mm(4));
        return paragraph;
    }

    /** Facts as label–value rows on a tinted panel ({@code tinted}) or plain; empty facts are left out. */
    PdfPTable facts(List<Fact> facts, boolean tinted) {
        PdfPTable table = new PdfPTable(new float[] {0.3f, 0.7f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(mm(3));
        List<Fact> shown = facts.stream().filter(f -> present(f.value())).toList();
        for (int i = 0; i < shown.size(); i++) {
            Fact fact = shown.get(i);
            boolean first = i == 0;
            boolean last = i == shown.size() - 1;
            PdfPCell label = factCell(new Phrase(texts.get(fact.labelKey()), style.label), tinted, first, last);
            label.setPaddingLeft(tinted ? mm(4) : 0);
            label.setPaddingTop(label.getPaddingTop() + 1.5f);
            table.addCell(label);
            table.addCell(factCell(new Phrase(fact.value(), style.value), tinted, first, last));
        }
        return shown.isEmpty() ? null : table;
    }

    /** A few short facts side by side, each label above its value; empty ones are left out. */
    PdfPTable factsInRow(List<Fact> facts) {
        List<Fact> shown = facts.stream().filter(f -> present(f.value())).toList();
        if (shown.isEmpty()) {
            return null;
        }
        PdfPTable table = new PdfPTable(Math.max(shown.size(), 3));
        table.setWidthPercentage(100);
        table.setSpacingBefore(mm(1));
        table.setSpacingAfter(mm(4));
        for (Fact fact : shown) {
            PdfPCell cell = cell();
            cell.setPaddingRight(mm(3));
            cell.addElement(paragraph(texts.get(fact.labelKey()), style.label, 1.3f));
            cell.addElement(paragraph(fact.value().strip(), style.value, 1.3f));
            table.addCell(cell);
        }
        table.completeRow();
        return table;
    }

    private PdfPCell factCell(Phrase phrase, boolean tinted, boolean first, boolean last) {
        PdfPCell cell = cell();
        cell.setPhrase(phrase);
        cell.setLeading(phrase.getFont().getSize() * 1.3f, 0);
        cell.setPaddingTop(first && tinted ? mm(3) : 1.5f);
        cell.setPaddingBottom(last && tinted ? mm(3.5f) : 3);
        cell.setPaddingRight(mm(3));
        if (tinted) {
            cell.setBackgroundColor(style.panel);
        }
        return cell;
    }

    Paragraph heading(String key) {
        return headingText(texts.get(key));
    }

    Paragraph headingText(String text) {
        Paragraph heading = new Paragraph(text, style.heading);
        heading.setLeading(style.heading.getSize() * 1.3f);
        heading.setSpacingBefore(mm(4));
        heading.setSpacingAfter(mm(1));
        return heading;
    }

    /** A bold line such as an activity's title; nothing when there is no text. */
    Paragraph subheading(String text) {
        if (!present(text)) {
            return null;
        }
        Paragraph heading = new Paragraph(text.strip(), style.subheading);
        heading.setLeading(style.subheading.getSize() * 1.3f);
        heading.setSpacingBefore(mm(1.5f));
        return heading;
    }

    /** Text as written, line breaks kept. */
    Paragraph text(String text) {
        return text(text, style.body);
    }

    /** Smaller, quieter text, such as the words about the programme. */
    Paragraph note(String text) {
        return text(text, style.note);
    }

    /**
     * Fixed leading everywhere: with OpenPDF's multiplied leading, the spacing before and after paragraphs grows by
     * a whole line.
     */
    private static Paragraph paragraph(String text, Font font, float lineHeight) {
        return new Paragraph(font.getSize() * lineHeight, text, font);
    }

    private Paragraph text(String text, Font font) {
        Paragraph paragraph = paragraph(text.strip().replace("\r\n", "\n"), font, 1.42f);
        paragraph.setSpacingAfter(mm(1.5f));
        return paragraph;
    }

    /** A small line under a title: "Youth exchange · 3 March 2025 – 12 March 2025 · Rīga, Latvia". */
    Paragraph meta(String... values) {
        List<String> shown = Arrays.stream(values).filter(CertificateBlocks::present).map(String::strip).toList();
        if (shown.isEmpty()) {
            return null;
        }
        String line = String.join("  ·  ", shown);
        Paragraph paragraph = paragraph(line, style.meta, 1.35f);
        paragraph.setSpacingAfter(mm(1));
        return paragraph;
    }

    Paragraph link(String title, String url) {
        Paragraph paragraph = paragraph("", style.body, 1.35f);
        if (present(title)) {
            paragraph.add(new Chunk(title.strip(), style.bodyBold));
            paragraph.add(new Chunk("\n", style.bodyBold));
        }
        if (present(url)) {
            paragraph.add(new Chunk(url.strip(), style.link).setAnchor(url.strip()));
        }
        paragraph.setSpacingAfter(mm(2));
        return paragraph;
    }

    /** The partner organisations: name and country, one a row, between thin rules. */
    PdfPTable partners(List<Partner> partners) {
        PdfPTable table = new PdfPTable(new float[] {0.68f, 0.32f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(mm(4));
        table.setHeaderRows(1);
        table.addCell(ruled(new Phrase(texts.get("field.organisation"), style.label), 1.2f));
        table.addCell(ruled(new Phrase(texts.get("field.country"), style.label), 1.2f));
        for (Partner partner : partners) {
            table.addCell(ruled(new Phrase(partner.name().strip(), style.value), 0.5f));
            table.addCell(ruled(new Phrase(texts.country(partner.country()), style.value), 0.5f));
        }
        return table;
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

    /** Where a part's signers sign by hand, side by side; never split over two pages. */
    PdfPTable signatures(List<SignatureBlock> blocks) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(mm(4));
        table.setKeepTogether(true);
        PdfPCell issued = cell();
        issued.setColspan(2);
        issued.setPhrase(new Phrase(texts.format("signature.issued", texts.date(issuedOn)), style.meta));
        issued.setPaddingBottom(mm(1));
        table.addCell(issued);
        for (SignatureBlock block : blocks) {
            table.addCell(signature(block));
        }
        if (blocks.size() % 2 == 1) {
            table.addCell(cell());
        }
        return table;
    }

    /** A caption ("Legal representative"), room to sign, the line, then name and function when known. */
    record SignatureBlock(String captionKey, Signatory signatory) {
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
            name.addElement(new Paragraph(signatory.name().strip(), style.signatureName));
        }
        if (signatory != null && present(signatory.function())) {
            name.addElement(new Paragraph(signatory.function().strip(), style.signatureFunction));
        }
        inner.addCell(name);
        PdfPCell outer = cell();
        outer.setPaddingRight(mm(10));
        outer.addElement(inner);
        return outer;
    }

    static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(true);
        return cell;
    }
}
