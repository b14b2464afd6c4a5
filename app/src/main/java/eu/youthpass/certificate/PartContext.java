package eu.youthpass.certificate;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;

/** What a part needs to write itself in one language. {@code logo} is {@code null} when there is none. */
record PartContext(Document document, CertificateContent content, ShownProject shown, CertificateTexts texts,
                   CertificateBlocks blocks, Image logo) {

    /** Adds an element; {@code null} (a block with nothing in it) adds nothing. */
    void add(Element element) {
        if (element != null) {
            document.add(element);
        }
    }
}
