package eu.youthpass.certificate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigningKeyTest {

    @Test
    void theSelfSignedKeyIsMadeOnceAndReused(@TempDir Path data) throws Exception {
        SigningKey first = SigningKey.selfSignedIn(data);
        Path keystore = data.resolve("signing/youthpass-signing.p12");
        assertTrue(Files.exists(keystore));
        long written = Files.getLastModifiedTime(keystore).toMillis();

        SigningKey again = SigningKey.selfSignedIn(data);
        assertEquals(first.certificate(), again.certificate());
        assertEquals(first.privateKey(), again.privateKey());
        assertEquals(written, Files.getLastModifiedTime(keystore).toMillis());

        assertEquals("CN=Youthpass platform", first.certificate().getSubjectX500Principal().getName());
        first.certificate().checkValidity();
        assertTrue(first.certificate().getNotAfter().toInstant()
                .isAfter(first.certificate().getNotBefore().toInstant().plusSeconds(9L * 365 * 24 * 3600)));
        assertEquals("EC", first.privateKey().getAlgorithm());
        assertEquals("SHA256withECDSA", first.certificate().getSigAlgName());
    }

    @Test
    void onlyTheOwnerCanReadIt(@TempDir Path data) throws Exception {
        SigningKey.selfSignedIn(data);
        if (Files.getFileStore(data).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(data.resolve("signing/youthpass-signing.p12"))));
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(data.resolve("signing/youthpass-signing.password"))));
            assertEquals("rwx------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(data.resolve("signing"))));
        }
    }

    @Test
    void anotherDataDirectoryGetsAnotherKey(@TempDir Path one, @TempDir Path two) {
        assertNotEquals(SigningKey.selfSignedIn(one).certificate(), SigningKey.selfSignedIn(two).certificate());
    }

    @Test
    void anOperatorsKeystoreIsUsedAsItIs(@TempDir Path data, @TempDir Path elsewhere) throws Exception {
        SigningKey made = SigningKey.selfSignedIn(data);
        char[] password = "operator secret".toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("some-ca", made.certificate());
        store.setKeyEntry("platform", made.privateKey(), password, new Certificate[] {made.certificate()});
        Path keystore = elsewhere.resolve("operator.p12");
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, password);
        }
        SigningKey loaded = SigningKey.fromKeystore(keystore, password);
        assertEquals(made.certificate(), loaded.certificate());

        byte[] signed = new CertificateRenderer().render(SampleCertificates.complete().build(),
                CertificateRequest.complete(Locale.ENGLISH), new CertificateSigner(loaded));
        assertTrue(SignatureCheck.of(signed).valid());

        assertThrows(IllegalStateException.class, () -> SigningKey.fromKeystore(keystore, "wrong".toCharArray()));
    }
}
