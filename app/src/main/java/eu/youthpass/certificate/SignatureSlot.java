package eu.youthpass.certificate;

import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfFormField;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfLiteral;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HexFormat;

/**
 * The room for the signature, kept while the document is laid out, so that a certificate is signed in the same pass
 * instead of being read back and saved again (which cost more than laying it out). An invisible signature field on
 * page 1 points at the signature dictionary, which is written last, with a byte range and contents of fixed width;
 * once the document is closed, {@link #locate} writes the real byte range over the first and {@link #fill} the CMS
 * over the second. Every offset stays where it was, so the cross-reference table written by OpenPDF stays right.
 */
final class SignatureSlot {

    /**
     * The most room a signature may ask for: far more than an RSA signature with a chain of five certificates. The
     * signer asks for what its key needs ({@link CertificateSigner#room}); stored as hex, room costs twice its size
     * in every file, so it is not reserved generously.
     */
    static final int MAX_ROOM = 32 * 1024;

    /** Ten digits per number, as wide as any offset in a file under 10 GB: the real range is written over it. */
    private static final String BYTE_RANGE_MARK = "[0 /YpSignatureByteRange/ 0000000000 0000000000]";

    private static final byte[] MARK = BYTE_RANGE_MARK.getBytes(StandardCharsets.US_ASCII);

    private final PdfWriter writer;
    private final PdfDictionary signature;
    private final PdfIndirectReference reference;

    private SignatureSlot(PdfWriter writer, PdfDictionary signature, PdfIndirectReference reference) {
        this.writer = writer;
        this.signature = signature;
        this.reference = reference;
    }

    /** Reserves the signature; call while page 1 is the current page. */
    static SignatureSlot reserve(PdfWriter writer, String signerName, String reason, Calendar signedAt, int room) {
        if (room < 64 || room > MAX_ROOM) {
            throw new IllegalArgumentException("A signature's room is 64 to " + MAX_ROOM + " bytes, not " + room);
        }
        PdfDictionary signature = new PdfDictionary(PdfName.SIG);
        signature.put(PdfName.FILTER, PdfName.ADOBE_PPKLITE);
        signature.put(PdfName.SUBFILTER, new PdfName("ETSI.CAdES.detached"));
        signature.put(PdfName.NAME, new PdfString(signerName, PdfString.TEXT_UNICODE));
        signature.put(PdfName.REASON, new PdfString(reason, PdfString.TEXT_UNICODE));
        signature.put(PdfName.M, new PdfDate(signedAt));
        signature.put(PdfName.BYTERANGE, new PdfLiteral(BYTE_RANGE_MARK));
        signature.put(PdfName.CONTENTS, new PdfLiteral("<" + "0".repeat(2 * room) + ">"));
        PdfIndirectReference reference = writer.getPdfIndirectReference();
        PdfFormField field = PdfFormField.createSignature(writer);
        field.setFieldName("Signature1");
        field.setWidget(new Rectangle(0, 0, 0, 0), null);
        field.setFlags(PdfAnnotation.FLAGS_PRINT | PdfAnnotation.FLAGS_LOCKED);
        field.put(PdfName.V, reference);
        writer.addAnnotation(field);
        writer.getAcroForm().setSigFlags(PdfWriter.SIGNATURE_EXISTS | PdfWriter.SIGNATURE_APPEND_ONLY);
        return new SignatureSlot(writer, signature, reference);
    }

    /**
     * Writes the signature dictionary; call after the last page's content, right before the document closes, so
     * that the unsigned room lies near the end of the file, away from what is printed.
     */
    void write() {
        try {
            // never in an object stream: its bytes must stand in the file as written, to be filled in
            writer.addToBody(signature, reference, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the signature covers: the whole file but the room for the CMS. */
    record Range(byte[] pdf, int contentsStart, int contentsEnd) {

        void writeTo(OutputStream out) throws IOException {
            out.write(pdf, 0, contentsStart);
            out.write(pdf, contentsEnd, pdf.length - contentsEnd);
        }
    }

    /** Finds the reserved room in a closed document and writes its byte range; returns what is to be signed. */
    static Range locate(byte[] pdf) {
        int mark = indexOf(pdf, MARK, 0);
        if (mark < 0 || indexOf(pdf, MARK, mark + 1) >= 0) {
            throw new IllegalStateException("The PDF has no single reserved signature");
        }
        // the contents stand in the same dictionary, before or after the byte range
        int from = Math.max(0, mark - 2 * MAX_ROOM - 512);
        byte[] zeros = ("<" + "0".repeat(128)).getBytes(StandardCharsets.US_ASCII);
        int start = indexOf(pdf, zeros, from);
        int end = start < 0 ? -1 : indexOf(pdf, new byte[] {'>'}, start) + 1;
        if (start < 0 || end <= 0 || end - start > 2 * MAX_ROOM + 2 || (end - start) % 2 != 0) {
            throw new IllegalStateException("The PDF's signature contents are not where they were reserved");
        }
        String range = "[0 " + start + " " + end + " " + (pdf.length - end) + "]";
        byte[] written = (range + " ".repeat(MARK.length - range.length())).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(written, 0, pdf, mark, written.length);
        return new Range(pdf, start, end);
    }

    /** Writes the CMS, in hex, into the room the range left out. */
    static byte[] fill(Range range, byte[] cms) {
        if (2 * cms.length > range.contentsEnd() - range.contentsStart() - 2) {
            throw new IllegalStateException("The signature (" + cms.length + " bytes) is larger than its room");
        }
        byte[] pdf = range.pdf();
        byte[] hex = HexFormat.of().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hex, 0, pdf, range.contentsStart() + 1, hex.length);
        return pdf;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        byte first = pattern[0];
        int last = data.length - pattern.length;
        for (int i = from; i <= last; i++) {
            if (data[i] == first && Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }
}
