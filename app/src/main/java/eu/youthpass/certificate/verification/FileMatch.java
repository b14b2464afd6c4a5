package eu.youthpass.certificate.verification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An uploaded file is byte for byte one version we issued: which certificate, which version, and whether that
 * version is still the current one and the certificate still stands.
 */
public record FileMatch(String number, int version, int currentVersion, Instant replacedAt, boolean revoked,
                        String holderName, LocalDate issueDate) implements java.io.Serializable {

    public boolean isCurrent() {
        return version == currentVersion;
    }
}
