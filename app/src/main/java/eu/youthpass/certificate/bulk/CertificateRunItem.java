package eu.youthpass.certificate.bulk;

import eu.youthpass.certificate.issuing.CertificateVersion;
import eu.youthpass.platform.tenancy.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One learner of a bulk run. It becomes DONE in the same transaction that stores their certificate's new version,
 * so after a crash an item is either done with its version or still pending with nothing stored: never both.
 */
@Entity
@Table(name = "certificate_run_item")
public class CertificateRunItem extends OrganisationOwned {

    public static final int PROBLEM_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_run_item_seq")
    @SequenceGenerator(name = "certificate_run_item_seq", sequenceName = "certificate_run_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private Long runId;

    @Column(name = "item_no", nullable = false, updatable = false)
    private int itemNo;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "person_name", nullable = false, updatable = false)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunItemStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id")
    private CertificateVersion version;

    @Column(length = PROBLEM_MAX_LENGTH)
    private String problem;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected CertificateRunItem() {
    }

    public CertificateRunItem(CertificateRun run, int itemNo, long personId, String personName) {
        super(run.getOrganisationId());
        this.runId = run.getId();
        this.itemNo = itemNo;
        this.personId = personId;
        this.personName = personName.length() <= 210 ? personName : personName.substring(0, 209) + "…";
        this.status = RunItemStatus.PENDING;
    }

    public void done(CertificateVersion version) {
        this.version = version;
        this.status = RunItemStatus.DONE;
        this.problem = null;
        this.finishedAt = Instant.now();
    }

    /** {@code problem} is a bundle key (certificate.not_issuable.*), shown in the run's report. */
    public void failed(String problem) {
        this.status = RunItemStatus.FAILED;
        this.problem = problem;
        this.finishedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getRunId() {
        return runId;
    }

    public int getItemNo() {
        return itemNo;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getPersonName() {
        return personName;
    }

    public RunItemStatus getStatus() {
        return status;
    }

    public CertificateVersion getVersion() {
        return version;
    }

    public String getProblem() {
        return problem;
    }
}
