package eu.youthpass.certificate;

import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.Deflater;

import static eu.youthpass.certificate.CertificateStyle.BOTTOM_MARGIN;
import static eu.youthpass.certificate.CertificateStyle.PAGE;
import static eu.youthpass.certificate.CertificateStyle.SIDE_MARGIN;
import static eu.youthpass.certificate.CertificateStyle.TOP_MARGIN;

/**
 * Lays a certificate out as an A4 PDF with OpenPDF: the chosen parts, each on new pages, once per chosen
 * language, language after language. Thread-safe: every call builds its own document; only the fonts
 * ({@link CertificateFonts}) and the last decoded logo ({@link DecodedLogos}) are shared.
 */
public final class CertificateRenderer {

    private final DecodedLogos logos = new DecodedLogos();

    /** Unsigned: for previews and tests. */
    public byte[] render(CertificateContent content, CertificateRequest request) {
        return render(content, request, null);
    }

    /** Laid out and, when a signer is given, signed in the same pass. */
    public byte[] render(CertificateContent content, CertificateRequest request, CertificateSigner signer) {
        // fail before drawing anything when a language has no texts
        List<CertificateTexts> languages = request.languages().stream().map(CertificateTexts::of).toList();
        CertificateStyle style = CertificateStyle.of(content.layout());
        ShownProject shown = ShownProject.of(content);
        Image logo = logos.forDocument(content.organisation().logo(), content.number());

        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        Document document = new Document(PAGE, SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN, BOTTOM_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCompressionLevel(Deflater.BEST_SPEED); // page content too, as the fonts (CertificateFonts)
        // OpenPDF 3 writes PDF 2.0, the version that defines the ETSI.CAdES.detached signatures we add
        PageDecoration decoration = new PageDecoration(content, style);
        writer.setPageEvent(decoration);
        describe(document, content, languages.getFirst());

        document.open();
        SignatureSlot signature = signer == null ? null : signer.reserve(writer);
        boolean firstPart = true;
        for (CertificateTexts texts : languages) {
            CertificateBlocks blocks = new CertificateBlocks(document, writer, style, texts, content.issueDate());
            for (CertificatePart part : request.parts()) {
                if (!firstPart) {
                    document.newPage();
                }
                firstPart = false;
                decoration.startPart(texts, part);
                PartContext context = new PartContext(content, shown, texts, blocks, logo);
                switch (part) {
                    case CONFIRMATION -> ConfirmationPart.write(context);
                    case LEARNING_OUTCOMES -> LearningOutcomesPart.write(context);
                    case PROJECT_DESCRIPTION -> ProjectDescriptionPart.write(context);
                }
            }
        }
        if (signature != null) {
            signature.write();
        }
        document.close();
        return signer == null ? out.toByteArray() : signer.complete(out.toByteArray());
    }

    /** Title, subject and author a PDF reader shows in the document's properties, in the first language. */
    private static void describe(Document document, CertificateContent content, CertificateTexts texts) {
        document.addTitle(texts.get("document.title") + " " + content.number());
        document.addSubject(texts.format("document.subject", content.number().toString(),
                content.holder().fullName()));
        if (CertificateBlocks.present(content.organisation().name())) {
            document.addAuthor(content.organisation().name().strip());
        }
        document.addCreator("Youthpass platform");
        document.addCreationDate();
    }
}
