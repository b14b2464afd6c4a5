package eu.youthpass.certificate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a PDF as a reader would copy it, page by page, read with PDFBox.
 *
 * <pre>
 * PdfText text = PdfText.of(pdf);
 * assertTrue(text.page(1).contains("Jānis Bērziņš"));
 * </pre>
 */
public final class PdfText {

    private final List<String> pages;
    private final List<String> diagonal;
    private final List<String> fontsNotEmbedded;

    private PdfText(List<String> pages, List<String> diagonal, List<String> fontsNotEmbedded) {
        this.pages = pages;
        this.diagonal = diagonal;
        this.fontsNotEmbedded = fontsNotEmbedded;
    }

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            List<String> diagonal = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
                DiagonalText slanted = new DiagonalText();
                slanted.setStartPage(i);
                slanted.setEndPage(i);
                slanted.getText(document);
                diagonal.add(slanted.text.toString());
            }
            List<String> notEmbedded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
            return new PdfText(List.copyOf(pages), List.copyOf(diagonal), notEmbedded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pageCount() {
        return pages.size();
    }

    /** The text of a page, counted from 1. */
    public String page(int number) {
        return pages.get(number - 1);
    }

    /** The text written at a slant on a page (such as a watermark), in the order it was drawn. */
    public String diagonal(int number) {
        return diagonal.get(number - 1);
    }

    public List<String> pages() {
        return pages;
    }

    public String all() {
        return String.join("\n", pages);
    }

    /** Fonts used directly on a page (not inside forms) that the PDF does not carry. */
    public List<String> fontsNotEmbedded() {
        return fontsNotEmbedded;
    }

    /** Collects only the characters whose text matrix is rotated by something other than a right angle. */
    private static final class DiagonalText extends PDFTextStripper {
        final StringBuilder text = new StringBuilder();

        @Override
        protected void processTextPosition(TextPosition position) {
            Matrix m = position.getTextMatrix();
            if (Math.abs(m.getShearX()) > 0.01f && Math.abs(m.getScaleX()) > 0.01f) {
                text.append(position.getUnicode());
            }
        }
    }

    /** How often a text occurs in the whole document. */
    public int count(String text) {
        String all = all();
        int count = 0;
        for (int i = all.indexOf(text); i >= 0; i = all.indexOf(text, i + text.length())) {
            count++;
        }
        return count;
    }
}
