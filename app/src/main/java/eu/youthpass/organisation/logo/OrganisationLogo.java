package eu.youthpass.organisation.logo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Base64;

/** The logo an organisation prints on its certificates: one per organisation, replaced by each upload. */
@Entity
@Table(name = "organisation_logo")
public class OrganisationLogo {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LogoPicture.Format format;

    @Column(nullable = false)
    private byte[] picture;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Version
    private long version;

    protected OrganisationLogo() {
    }

    OrganisationLogo(long organisationId) {
        this.organisationId = organisationId;
    }

    void show(LogoPicture logo, String uploadedBy) {
        this.format = logo.format();
        this.picture = logo.bytes();
        this.width = logo.width();
        this.height = logo.height();
        this.uploadedAt = Instant.now();
        this.uploadedBy = uploadedBy.length() > 254 ? uploadedBy.substring(0, 254) : uploadedBy;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public byte[] getPicture() {
        return picture.clone();
    }

    /** For the settings page: the picture inline, so it needs no address of its own to guard. */
    public String getDataUri() {
        return "data:" + format.mediaType() + ";base64," + Base64.getEncoder().encodeToString(picture);
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
