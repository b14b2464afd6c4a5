package eu.youthpass.certificate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a signed PDF the way a reader does: exactly one signature, its byte range covering the whole file but the
 * signature itself, and the CMS in it valid over those bytes for the certificate it carries. Optionally asks
 * poppler's {@code pdfsig} for a second opinion.
 *
 * <pre>
 * SignatureCheck.Result check = SignatureCheck.of(pdf);
 * assertTrue(check.valid(), check.problem());
 * </pre>
 */
public final class SignatureCheck {

    private SignatureCheck() {
    }

    /** What was found; {@code problem} says why it is not valid. */
    public record Result(boolean valid, String problem, X509Certificate signer, String subFilter,
                         boolean coversWholeFile, boolean hasSigningCertificateV2, boolean hasSigningTime) {

        static Result invalid(String problem) {
            return new Result(false, problem, null, null, false, false, false);
        }
    }

    public static Result of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.size() != 1) {
                return Result.invalid(signatures.size() + " signatures");
            }
            PDSignature signature = signatures.getFirst();
            int[] range = signature.getByteRange();
            boolean whole = range.length == 4 && range[0] == 0 && range[1] < range[2]
                    && (long) range[2] + range[3] == pdf.length;
            byte[] signedContent = signature.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent),
                    signature.getContents(pdf));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Result.invalid(signers.size() + " signers in the CMS");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return Result.invalid("the signer's certificate is not in the CMS");
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
            boolean verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            AttributeTable attributes = signer.getSignedAttributes();
            boolean certificateV2 = has(attributes, PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            boolean signingTime = has(attributes, CMSAttributes.signingTime);
            String problem = !verified ? "the signature does not match the signed bytes"
                    : !whole ? "the signature does not cover the whole file" : null;
            return new Result(verified && whole, problem, certificate, signature.getSubFilter(), whole, certificateV2,
                    signingTime);
        } catch (Exception e) {
            return Result.invalid(e.toString());
        }
    }

    private static boolean has(AttributeTable attributes, ASN1ObjectIdentifier type) {
        return attributes != null && attributes.get(type) != null;
    }

    /** What poppler's {@code pdfsig} says about the file, or empty when pdfsig is not installed. */
    public static Optional<String> pdfsig(byte[] pdf) throws IOException, InterruptedException {
        if (!onPath("pdfsig")) {
            return Optional.empty();
        }
        Path file = Files.createTempFile("signed", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return Optional.of(output);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /**
     * A copy with one byte the signature covers changed: the middle of the second signed range (the bytes between
     * the ranges are the signature's own room, which no signature can cover).
     */
    public static byte[] withOneSignedByteChanged(byte[] pdf) {
        Matcher range = BYTE_RANGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        if (!range.find()) {
            throw new AssertionError("no /ByteRange in the PDF");
        }
        int start = Integer.parseInt(range.group(3));
        int length = Integer.parseInt(range.group(4));
        byte[] tampered = pdf.clone();
        tampered[start + length / 2] ^= 0x01;
        return tampered;
    }

    private static final Pattern BYTE_RANGE = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)");
}
