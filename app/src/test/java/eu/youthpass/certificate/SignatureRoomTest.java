package eu.youthpass.certificate;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signature's room is sized from the key: small for the platform's own, enough for an operator's RSA chain. */
class SignatureRoomTest {

    @Test
    void thePlatformsOwnKeyTakesTwoKilobytes(@TempDir Path data) {
        SigningKey own = SigningKey.selfSignedIn(data);
        assertEquals(2048, CertificateSigner.room(own));
        byte[] signed = sign(own);
        assertTrue(SignatureCheck.of(signed).valid(), SignatureCheck.of(signed).problem());
    }

    @Test
    void anOperatorsRsaKeyWithAChainOfThreeFitsItsRoom() throws Exception {
        KeyPair root = rsa(4096);
        KeyPair intermediate = rsa(4096);
        KeyPair leaf = rsa(4096);
        X509Certificate rootCertificate = certificate("CN=Test Root CA", root, "CN=Test Root CA", root.getPrivate(), true);
        X509Certificate intermediateCertificate = certificate("CN=Test Issuing CA", intermediate, "CN=Test Root CA",
                root.getPrivate(), true);
        X509Certificate leafCertificate = certificate("CN=Youthpass platform (operator key)", leaf, "CN=Test Issuing CA",
                intermediate.getPrivate(), false);
        SigningKey operators = new SigningKey(leaf.getPrivate(),
                List.of(leafCertificate, intermediateCertificate, rootCertificate));
        int room = CertificateSigner.room(operators);
        assertTrue(room > 4096 && room < 12 * 1024, "room " + room);

        byte[] signed = sign(operators);
        SignatureCheck.Result check = SignatureCheck.of(signed);
        assertTrue(check.valid(), check.problem());
        assertTrue(!SignatureCheck.of(SignatureCheck.withOneSignedByteChanged(signed)).valid());
        SignatureCheck.pdfsig(signed).ifPresent(out -> assertTrue(out.contains("Signature is Valid"), out));
    }

    private static byte[] sign(SigningKey key) {
        return new CertificateRenderer().render(SampleCertificates.complete().build(),
                CertificateRequest.complete(Locale.ENGLISH), new CertificateSigner(key));
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, PrivateKey issuerKey,
                                               boolean authority) throws Exception {
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(new X500Name(issuer), BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(365))),
                new X500Name(subject), subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }
}
