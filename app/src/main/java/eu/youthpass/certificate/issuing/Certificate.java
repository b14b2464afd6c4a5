package eu.youthpass.certificate.issuing;

import eu.youthpass.certificate.CertificateNumber;
import eu.youthpass.platform.tenancy.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A learner's certificate: its number, printed on every version and never changed, and whether it still stands.
 * The PDFs are its {@link CertificateVersion}s; {@code currentVersion} names the one that counts.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends OrganisationOwned {

    public static final int REASON_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false, updatable = false, length = CertificateNumber.LENGTH)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateStatus status;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason", length = REASON_MAX_LENGTH)
    private String revokedReason;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Version
    private long version;

    protected Certificate() {
    }

    /** A new certificate, before its first version is stored. */
    public Certificate(long organisationId, long projectId, long personId, CertificateNumber number) {
        super(organisationId);
        this.projectId = projectId;
        this.personId = personId;
        this.number = number.compact();
        this.status = CertificateStatus.VALID;
        this.currentVersion = 0;
        this.issuedAt = Instant.now();
    }

    /** The next version number; the earlier version, if any, is then replaced. */
    int nextVersion() {
        if (isRevoked()) {
            throw new IllegalStateException("A revoked certificate is not generated again");
        }
        currentVersion++;
        return currentVersion;
    }

    public void revoke(String reason, String by) {
        if (isRevoked()) {
            throw new IllegalStateException("Already revoked");
        }
        status = CertificateStatus.REVOKED;
        revokedReason = reason;
        revokedBy = by;
        revokedAt = Instant.now();
    }

    public boolean isRevoked() {
        return status == CertificateStatus.REVOKED;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getPersonId() {
        return personId;
    }

    public CertificateNumber number() {
        return CertificateNumber.parse(number).orElseThrow();
    }

    /** The printed form, {@code XXXX-XXXX-XXXX-XXXX}. */
    public String getNumber() {
        return number().toString();
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedReason() {
        return revokedReason;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
