package eu.youthpass.certificate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateSignerTest {

    @TempDir
    static Path dataDirectory;

    private static CertificateSigner signer;
    private static byte[] unsigned;
    private static byte[] signed;

    @BeforeAll
    static void signOne() {
        signer = new CertificateSigner(SigningKey.selfSignedIn(dataDirectory));
        CertificateRenderer renderer = new CertificateRenderer();
        CertificateContent content = SampleCertificates.complete().build();
        unsigned = renderer.render(content, CertificateRequest.complete(Locale.ENGLISH));
        signed = renderer.render(content, CertificateRequest.complete(Locale.ENGLISH), signer);
    }

    @Test
    void theSignatureIsValidOverTheWholeFile() {
        SignatureCheck.Result check = SignatureCheck.of(signed);
        assertTrue(check.valid(), check.problem());
        assertTrue(check.coversWholeFile());
        assertEquals(signer.key().certificate(), check.signer());
        assertEquals("ETSI.CAdES.detached", check.subFilter());
    }

    @Test
    void itIsAPadesBaselineSignature() {
        SignatureCheck.Result check = SignatureCheck.of(signed);
        assertTrue(check.hasSigningCertificateV2(), "ESS signing-certificate-v2");
        assertFalse(check.hasSigningTime(), "no signing-time attribute in PAdES baseline");
    }

    @Test
    void signingChangesNothingThatIsPrinted() {
        assertEquals(PdfText.of(unsigned).all(), PdfText.of(signed).all());
        assertArrayEquals(CertificatePicture.png(unsigned, 1, 40), CertificatePicture.png(signed, 1, 40));
    }

    @Test
    void onlyADocumentWithItsRoomReservedCanBeSigned() {
        assertThrows(IllegalStateException.class, () -> signer.complete(unsigned.clone()));
    }

    @Test
    void theSignatureIsAnEcdsaOneWithTheSelfSignedKey() {
        assertEquals("EC", signer.key().privateKey().getAlgorithm());
        assertEquals("SHA256withECDSA", signer.key().certificate().getSigAlgName());
    }

    @Test
    void oneChangedByteBreaksTheSignature() {
        byte[] tampered = signed.clone();
        int stream = indexOf(tampered, "stream\n".getBytes(StandardCharsets.US_ASCII), signed.length / 2);
        tampered[stream + 20] ^= 0x01;
        assertFalse(SignatureCheck.of(tampered).valid(), "byte " + (stream + 20) + " of " + signed.length);

        // the certificate number in the document's title, another of the same length
        String number = PdfText.of(signed).page(1).lines().filter(l -> l.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"))
                .findFirst().orElseThrow();
        byte[] renumbered = new String(signed, StandardCharsets.ISO_8859_1).replace(number, "9XKC-AWFY-HRDM-YG4F")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertFalse(Arrays.equals(signed, renumbered));
        assertFalse(SignatureCheck.of(renumbered).valid());
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i + pattern.length;
        }
        throw new AssertionError("no stream after " + from);
    }

    @Test
    void popplerSaysValidWhenItIsInstalled() throws Exception {
        Optional<String> pdfsig = SignatureCheck.pdfsig(signed);
        pdfsig.ifPresent(output -> {
            assertTrue(output.contains("Signature is Valid"), output);
            assertTrue(output.contains("Youthpass platform"), output);
        });
        byte[] tampered = signed.clone();
        tampered[signed.length - 100] ^= 0x01;
        SignatureCheck.pdfsig(tampered).ifPresent(output ->
                assertFalse(output.contains("Signature is Valid"), output));
    }
}
