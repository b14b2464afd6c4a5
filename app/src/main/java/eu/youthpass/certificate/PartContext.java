package eu.youthpass.certificate;

import org.openpdf.text.Image;

/** What a part needs to write itself in one language. {@code logo} is {@code null} when there is none. */
record PartContext(CertificateContent content, ShownProject shown, CertificateTexts texts, CertificateBlocks blocks,
                   Image logo) {
}
