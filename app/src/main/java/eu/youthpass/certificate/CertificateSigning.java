package eu.youthpass.certificate;

import eu.youthpass.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The platform's signer, set up once from the settings: {@code YP_SIGNING_KEYSTORE} and {@code YP_SIGNING_PASSWORD}
 * name a PKCS12 keystore; without them, a self-signed key is made once under {@code YP_DATA_DIR/signing} and reused.
 * The key is loaded on first use, not at deployment, so a platform that issues no certificate never touches it.
 */
@ApplicationScoped
public class CertificateSigning {

    @Inject
    Settings settings;

    private volatile CertificateSigner signer;

    public CertificateSigner signer() {
        CertificateSigner current = signer;
        if (current == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = new CertificateSigner(loadKey());
                }
                current = signer;
            }
        }
        return current;
    }

    private SigningKey loadKey() {
        return settings.signingKeystore()
                .map(keystore -> SigningKey.fromKeystore(keystore,
                        settings.signingPassword().orElse("").toCharArray()))
                .orElseGet(() -> SigningKey.selfSignedIn(settings.dataDir()));
    }
}
