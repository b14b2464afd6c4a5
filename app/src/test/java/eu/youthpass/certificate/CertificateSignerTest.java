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
        unsigned = new CertificateRenderer().render(SampleCertificates.complete().build(),
                CertificateRequest.complete(Locale.ENGLISH));
        signed = signer.sign(unsigned);
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
    void theLayoutIsKeptByteForByte() {
        // an incremental update: the unsigned document is the start of the signed one
        assertArrayEquals(unsigned, Arrays.copyOf(signed, unsigned.length));
        assertEquals(PdfText.of(unsigned).all(), PdfText.of(signed).all());
    }

    @Test
    void oneChangedByteBreaksTheSignature() {
        byte[] tampered = signed.clone();
        int stream = indexOf(tampered, "stream\n".getBytes(StandardCharsets.US_ASCII), unsigned.length / 2);
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
        tampered[unsigned.length / 3] ^= 0x01;
        SignatureCheck.pdfsig(tampered).ifPresent(output ->
                assertFalse(output.contains("Signature is Valid"), output));
    }
}
