package eu.youthpass.certificate.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What anyone may learn about a certificate from its number: the facts of its current version as printed, whether
 * it stands, and which versions it replaced. Nothing else of the learner or the project.
 */
public record VerifiedCertificate(String number, boolean revoked, Instant revokedAt, String revokedReason,
                                  Instant firstIssuedAt, int version, List<ReplacedVersion> replaced,
                                  String holderName, String projectTitle, String projectNumber, LocalDate startDate,
                                  LocalDate endDate, String organisationName, List<Integer> parts,
                                  List<String> languages, LocalDate issueDate, boolean demo)
        implements java.io.Serializable {

    /** An earlier version, replaced when a newer one was generated. */
    public record ReplacedVersion(int version, LocalDate issueDate, Instant replacedAt) implements java.io.Serializable {
    }

    public boolean isReissued() {
        return !replaced.isEmpty();
    }
}
