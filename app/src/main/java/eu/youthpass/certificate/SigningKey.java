package eu.youthpass.certificate;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The platform's key that signs every certificate PDF, with its certificate chain. Either from a PKCS12 keystore the
 * operator provides (its first private key entry), or, when none is configured, a self-signed key made once in the
 * data directory and used from then on, so that certificates issued before and after a restart carry the same
 * signer.
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    static final String DIRECTORY = "signing";
    static final String KEYSTORE_FILE = "youthpass-signing.p12";
    static final String PASSWORD_FILE = "youthpass-signing.password";
    static final String SUBJECT = "CN=Youthpass platform";
    private static final Duration VALIDITY = Duration.ofDays(3653);
    /**
     * ECDSA on P-256 (as strong as RSA-3072): its signature takes a fraction of a millisecond where RSA-3072 took
     * several, which counts when the bulk job signs hundreds of certificates. Keys made before stay what they are.
     */
    private static final String CURVE = "secp256r1";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());

    public SigningKey {
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("A signing key needs its certificate");
        }
        chain = List.copyOf(chain);
    }

    /** The signer's own certificate. */
    public X509Certificate certificate() {
        return chain.getFirst();
    }

    /** The first private key entry of a PKCS12 keystore. */
    public static SigningKey fromKeystore(Path keystore, char[] password) {
        byte[] file;
        try {
            file = Files.readAllBytes(keystore);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing keystore " + keystore, e);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            // a wrong password shows as an IOException here
            store.load(new ByteArrayInputStream(file), password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, password);
                    Certificate[] chain = store.getCertificateChain(alias);
                    if (key != null && chain != null && chain.length > 0) {
                        return new SigningKey(key, Arrays.stream(chain).map(c -> (X509Certificate) c).toList());
                    }
                }
            }
            throw new IllegalStateException(keystore + " holds no private key with a certificate");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the signing keystore " + keystore
                    + " (wrong password or not PKCS12?)", e);
        }
    }

    /**
     * The platform's own self-signed key under {@code <dataDirectory>/signing/}, made on the first call and read on
     * every later one. A file lock keeps two instances starting together on a shared volume from making two keys.
     */
    public static synchronized SigningKey selfSignedIn(Path dataDirectory) {
        Path directory = dataDirectory.resolve(DIRECTORY);
        Path keystore = directory.resolve(KEYSTORE_FILE);
        Path passwordFile = directory.resolve(PASSWORD_FILE);
        try {
            Files.createDirectories(directory);
            restrict(directory, OWNER_ONLY_DIRECTORY);
            try (FileChannel lockFile = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
                if (!Files.exists(keystore)) {
                    create(keystore, passwordFile);
                }
                return fromKeystore(keystore, Files.readString(passwordFile, StandardCharsets.US_ASCII).strip()
                        .toCharArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the signing key in " + directory, e);
        }
    }

    private static void create(Path keystore, Path passwordFile) throws IOException {
        LOG.info(() -> "No signing keystore configured: creating a self-signed key in " + keystore
                + " (set YP_SIGNING_KEYSTORE and YP_SIGNING_PASSWORD to use your own)");
        SecureRandom random = new SecureRandom();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(CURVE), random);
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = selfSigned(pair, random);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("youthpass", pair.getPrivate(), password, new Certificate[] {certificate});
            // the password first, the keystore last: a keystore on disk always has its password beside it
            writePrivately(passwordFile, out -> out.write(new String(password).getBytes(StandardCharsets.US_ASCII)));
            writePrivately(keystore, out -> {
                try {
                    store.store(out, password);
                } catch (GeneralSecurityException e) {
                    throw new IOException(e);
                }
            });
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot create the platform's signing key", e);
        }
    }

    private static X509Certificate selfSigned(KeyPair pair, SecureRandom random)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        X500Name subject = new X500Name(SUBJECT);
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(128, random).abs(),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                extensions.createSubjectKeyIdentifier(pair.getPublic()));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(CertificateSigner.algorithm(pair.getPrivate())).build(pair.getPrivate())));
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Written beside the target, readable by the owner only, then moved into place in one step. */
    private static void writePrivately(Path target, Writing writing) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            restrict(temporary, OWNER_ONLY);
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.TRUNCATE_EXISTING)) {
                writing.to(out);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
