package eu.youthpass.certificate.bulk;

import eu.youthpass.certificate.CertificateLanguages;
import eu.youthpass.certificate.CertificatePart;
import eu.youthpass.certificate.CertificateRequest;
import eu.youthpass.person.Person;
import eu.youthpass.platform.tenancy.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Certificates generated for many learners of a project at once. The run and its items are the durable record of
 * the work: the batch job only ever takes the items still pending, so starting it again for the same run (after a
 * crash, a restart or a failure) carries on where the committed work ends. {@code heartbeatAt} moves with every
 * chunk written; a run still marked running whose heartbeat has stopped was interrupted.
 */
@Entity
@Table(name = "certificate_run")
public class CertificateRun extends OrganisationOwned {

    /** A running job writes a chunk every second or two; this long without one, it is no longer running anywhere. */
    public static final Duration STALLED_AFTER = Duration.ofSeconds(30);

    public enum Status { RUNNING, COMPLETED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_run_seq")
    @SequenceGenerator(name = "certificate_run_seq", sequenceName = "certificate_run_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(nullable = false, updatable = false)
    private String parts;

    /** Null: each learner's own certificate languages. */
    @Column(updatable = false)
    private String languages;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    @Column(name = "started_by_id", updatable = false)
    private Long startedById;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "instance_id")
    private String instanceId;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(nullable = false, updatable = false)
    private int total;

    protected CertificateRun() {
    }

    public CertificateRun(long organisationId, long projectId, Set<CertificatePart> parts, List<Locale> languages,
                          Long startedById, String startedBy, int total) {
        super(organisationId);
        this.projectId = projectId;
        this.parts = parts.stream().map(p -> String.valueOf(p.number())).collect(Collectors.joining(","));
        this.languages = languages == null || languages.isEmpty() ? null
                : languages.stream().map(Locale::toLanguageTag).collect(Collectors.joining(","));
        this.status = Status.RUNNING;
        this.startedById = startedById;
        this.startedBy = startedBy;
        this.createdAt = Instant.now();
        this.heartbeatAt = createdAt;
        this.total = total;
    }

    /** What this learner's certificate is asked to be: the run's parts, the run's languages or else theirs. */
    public CertificateRequest requestFor(Person person) {
        Set<CertificatePart> chosen = EnumSet.noneOf(CertificatePart.class);
        Arrays.stream(parts.split(",")).map(p -> CertificatePart.numbered(Integer.parseInt(p)).orElseThrow())
                .forEach(chosen::add);
        List<String> tags = languages != null ? List.of(languages.split(",")) : person.getCertificateLanguageList();
        List<Locale> chosenLanguages = tags.stream().map(CertificateLanguages::of).flatMap(Optional::stream)
                .distinct().toList();
        return new CertificateRequest(chosen, chosenLanguages.isEmpty() ? List.of(Locale.ENGLISH) : chosenLanguages);
    }

    /** The instance that starts the run's first job; resuming is a conditional update (CertificateRunLedger). */
    public void runBy(String instance) {
        instanceId = instance;
    }

    public void completed() {
        status = Status.COMPLETED;
        finishedAt = Instant.now();
    }

    /** Marked running by another instance, which has given no sign of life for a while: it is gone. */
    public boolean isAbandonedBy(String otherThan, Instant now) {
        return status == Status.RUNNING && !otherThan.equals(instanceId) && heartbeatAt.plus(STALLED_AFTER).isBefore(now);
    }

    public boolean isRunBy(String instance) {
        return instance.equals(instanceId);
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public List<Integer> getPartNumbers() {
        return Arrays.stream(parts.split(",")).map(Integer::valueOf).toList();
    }

    public List<String> getLanguageTags() {
        return languages == null ? List.of() : List.of(languages.split(","));
    }

    public Status getStatus() {
        return status;
    }

    public boolean isRunning() {
        return status == Status.RUNNING;
    }

    public Long getStartedById() {
        return startedById;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public int getTotal() {
        return total;
    }
}
