package eu.youthpass.certificate.issuing;

import eu.youthpass.platform.tenancy.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The signed PDF of one {@link CertificateVersion}, exactly as it was handed out (its SHA-256 is the version's).
 * A table of its own so that listing versions or verifying a number never reads the bytes.
 */
@Entity
@Table(name = "certificate_pdf")
public class CertificateFile extends OrganisationOwned {

    @Id
    @Column(name = "version_id")
    private Long versionId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private CertificateVersion version;

    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    protected CertificateFile() {
    }

    CertificateFile(CertificateVersion version, byte[] pdf) {
        super(version.getOrganisationId());
        this.version = version;
        this.pdf = pdf;
    }

    public byte[] getPdf() {
        return pdf;
    }
}
