package eu.youthpass.certificate.issuing;

import eu.youthpass.certificate.CertificateContent;
import eu.youthpass.certificate.CertificatePart;
import eu.youthpass.certificate.CertificateRequest;
import eu.youthpass.platform.tenancy.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One generated PDF of a certificate, described by what the verification page shows of it: holder, project,
 * organisation and dates as printed, copied here when it is made, so that correcting or deleting project data later
 * does not change what a printed certificate is checked against. The bytes are a {@link CertificateFile}.
 */
@Entity
@Table(name = "certificate_version")
public class CertificateVersion extends OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_version_seq")
    @SequenceGenerator(name = "certificate_version_seq", sequenceName = "certificate_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", updatable = false)
    private Certificate certificate;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(nullable = false, updatable = false)
    private String parts;

    @Column(nullable = false, updatable = false)
    private String languages;

    @Column(name = "holder_name", nullable = false, updatable = false)
    private String holderName;

    @Column(name = "project_title", nullable = false, updatable = false)
    private String projectTitle;

    @Column(name = "project_number", nullable = false, updatable = false)
    private String projectNumber;

    @Column(name = "start_date", updatable = false)
    private LocalDate startDate;

    @Column(name = "end_date", updatable = false)
    private LocalDate endDate;

    @Column(name = "organisation_name", nullable = false, updatable = false)
    private String organisationName;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "pdf_size", nullable = false, updatable = false)
    private int pdfSize;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected CertificateVersion() {
    }

    CertificateVersion(Certificate certificate, int versionNo, CertificateContent content, CertificateRequest request,
                       byte[] pdf, String createdBy) {
        super(certificate.getOrganisationId());
        this.certificate = certificate;
        this.versionNo = versionNo;
        this.parts = request.parts().stream().map(p -> String.valueOf(p.number())).collect(Collectors.joining(","));
        this.languages = request.languages().stream().map(Locale::toLanguageTag).collect(Collectors.joining(","));
        this.holderName = cut(content.holder().fullName(), 210);
        this.projectTitle = cut(content.project().title(), 300);
        this.projectNumber = content.project().number();
        this.startDate = content.project().startDate();
        this.endDate = content.project().endDate();
        this.organisationName = cut(content.organisation().name(), 200);
        this.issueDate = content.issueDate();
        this.pdfSize = pdf.length;
        this.sha256 = Sha256.hex(pdf);
        this.createdAt = Instant.now();
        this.createdBy = cut(createdBy, 200);
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text.strip();
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    void replaced() {
        if (replacedAt == null) {
            replacedAt = Instant.now();
        }
    }

    public boolean isReplaced() {
        return replacedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public int getVersionNo() {
        return versionNo;
    }

    /** The part numbers, e.g. [1, 3]. */
    public List<Integer> getPartNumbers() {
        return Arrays.stream(parts.split(",")).map(Integer::valueOf).toList();
    }

    public List<CertificatePart> parts() {
        return getPartNumbers().stream().map(n -> CertificatePart.numbered(n).orElseThrow()).toList();
    }

    /** Language tags, e.g. [en, lv]. */
    public List<String> getLanguageTags() {
        return List.of(languages.split(","));
    }

    public String getHolderName() {
        return holderName;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public String getProjectNumber() {
        return projectNumber;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public int getPdfSize() {
        return pdfSize;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
