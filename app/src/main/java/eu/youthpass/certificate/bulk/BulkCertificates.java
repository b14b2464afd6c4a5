package eu.youthpass.certificate.bulk;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.certificate.CertificatePart;
import eu.youthpass.certificate.issuing.Certificate;
import eu.youthpass.certificate.issuing.CertificateRecords;
import eu.youthpass.person.Person;
import eu.youthpass.person.PersonStatus;
import eu.youthpass.platform.tenancy.TenantData;
import eu.youthpass.project.Project;
import eu.youthpass.project.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The organisation's side of generating certificates for many learners of a project: who can get one, creating a
 * run, its progress and report, the ZIP of what it made. Starting and resuming the job itself happens after these
 * transactions commit ({@link CertificateRunLauncher}), so the job always sees the run's items.
 */
@ApplicationScoped
@Transactional
@TenantData
public class BulkCertificates {

    /** Characters of the name kept in a file name: long enough to tell people apart, short for every system. */
    private static final int NAME_IN_FILE = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectService projects;

    @Inject
    CertificateRunRecords runs;

    @Inject
    CertificateRecords certificates;

    @Inject
    CurrentUser currentUser;

    @Inject
    BatchInstance instance;

    @Inject
    BatchJobs jobs;

    /** A learner who can be given a certificate, with theirs if they have one (number, revoked or not). */
    public record Candidate(long personId, String name, PersonStatus status, String number, boolean revoked)
            implements java.io.Serializable {
    }

    /** A run of this project is being worked on: another one would make the same learners' certificates twice. */
    public static class RunActiveException extends RuntimeException {
        public RunActiveException() {
            super("A bulk run of this project is still running");
        }
    }

    public List<Candidate> candidates(long projectId) {
        Project project = projects.get(projectId);
        Map<Long, Certificate> byPerson = em.createQuery("""
                        select c from Certificate c where c.projectId = :project and c.organisationId = :organisation""",
                        Certificate.class)
                .setParameter("project", project.getId()).setParameter("organisation", project.getOrganisationId())
                .getResultStream().filter(c -> c.getPersonId() != null)
                .collect(Collectors.toMap(Certificate::getPersonId, Function.identity()));
        return certifiable(project).stream().map(p -> {
            Certificate c = byPerson.get(p.getId());
            return new Candidate(p.getId(), p.getFullName(), p.getStatus(), c == null ? null : c.getNumber(),
                    c != null && c.isRevoked());
        }).toList();
    }

    /**
     * A new run for these people of the project (ids of other projects and organisations are ignored), not started
     * yet. Whether each can be given a certificate is checked by the job, learner by learner, and reported.
     */
    public long create(long projectId, Collection<Long> personIds, Set<CertificatePart> parts, List<Locale> languages) {
        Project project = projects.get(projectId);
        progressOf(project).filter(p -> p.running()).ifPresent(p -> {
            throw new RunActiveException();
        });
        List<Person> people = em.createQuery("""
                        select p from Person p where p.project.id = :project and p.organisationId = :organisation
                        and p.id in :ids order by p.lastName, p.firstName, p.id""", Person.class)
                .setParameter("project", project.getId()).setParameter("organisation", project.getOrganisationId())
                .setParameter("ids", personIds.isEmpty() ? List.of(-1L) : List.copyOf(personIds)).getResultList();
        if (people.isEmpty()) {
            throw new IllegalArgumentException("Nobody to generate certificates for");
        }
        var user = currentUser.get();
        CertificateRun run = new CertificateRun(project.getOrganisationId(), project.getId(), EnumSet.copyOf(parts),
                languages, user.userId(), user.fullName(), people.size());
        run.runBy(instance.id());
        runs.add(run);
        runs.flush();
        int itemNo = 0;
        for (Person person : people) {
            runs.add(new CertificateRunItem(run, ++itemNo, person.getId(), person.getFullName()));
        }
        return run.getId();
    }

    /** The latest run of the project, or empty when there has been none. */
    public Optional<RunProgress> progress(long projectId) {
        return progressOf(projects.get(projectId));
    }

    /** The run to resume, if the project's latest run was interrupted: its id and the heartbeat it was judged by. */
    public Optional<CertificateRun> interrupted(long projectId) {
        Project project = projects.get(projectId);
        return runs.latest(project.getOrganisationId(), project.getId()).filter(this::isInterrupted);
    }

    /** The PDFs a run made, as one ZIP written to {@code out}; false when the run is not this project's. */
    public boolean zip(long projectId, long runId, OutputStream out) {
        Project project = projects.get(projectId);
        long organisationId = project.getOrganisationId();
        Optional<CertificateRun> run = runs.run(organisationId, runId).filter(r -> r.getProjectId().equals(project.getId()));
        if (run.isEmpty()) {
            return false;
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Object[] row : runs.doneVersions(organisationId, runId)) {
                long versionId = (Long) row[0];
                String number = ((String) row[1]).strip();
                zip.putNextEntry(new ZipEntry(fileName((String) row[2], number)));
                zip.write(certificates.pdf(organisationId, versionId).orElseThrow());
                zip.closeEntry();
                em.clear(); // the persistence context need not keep every PDF read
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /**
     * "Jānis-Bērziņš-9XKC-AWFY-HRDM-YG4F.pdf", "Ζωή-Παπαδοπούλου-…": the name as the learner writes it, in any
     * alphabet (ZIP entries are UTF-8, flagged as such), nothing but letters, digits and dashes, so that it is a safe
     * file name everywhere; unique by the number.
     */
    static String fileName(String personName, String compactNumber) {
        String name = Normalizer.normalize(personName, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        if (name.codePointCount(0, name.length()) > NAME_IN_FILE) {
            name = name.substring(0, name.offsetByCodePoints(0, NAME_IN_FILE)).replaceAll("-+$", "");
        }
        String number = compactNumber.substring(0, 4) + "-" + compactNumber.substring(4, 8) + "-"
                + compactNumber.substring(8, 12) + "-" + compactNumber.substring(12);
        return (name.isEmpty() ? "" : name + "-") + number + ".pdf";
    }

    private Optional<RunProgress> progressOf(Project project) {
        long organisationId = project.getOrganisationId();
        return runs.latest(organisationId, project.getId()).map(run -> {
            Map<RunItemStatus, Long> counts = runs.counts(organisationId, run.getId());
            boolean interrupted = isInterrupted(run);
            List<RunProgress.Failure> failures = runs.failures(organisationId, run.getId()).stream()
                    .map(i -> new RunProgress.Failure(i.getPersonName(), i.getProblem())).toList();
            return new RunProgress(run.getId(), run.getTotal(), counts.get(RunItemStatus.DONE),
                    counts.get(RunItemStatus.FAILED), counts.get(RunItemStatus.PENDING),
                    run.isRunning() && !interrupted, interrupted, run.getCreatedAt(), run.getStartedBy(),
                    run.getFinishedAt(), failures);
        });
    }

    /**
     * Marked running, but no job works on it: this instance's job ended with items pending (it failed or was
     * stopped), or the instance that ran it is gone (a crash or a restart: the batch runtime forgot the job).
     */
    private boolean isInterrupted(CertificateRun run) {
        if (!run.isRunning()) {
            return false;
        }
        if (!run.isRunBy(instance.id())) {
            return run.isAbandonedBy(instance.id(), Instant.now());
        }
        if (run.getExecutionId() == null) {
            return false; // being started right now
        }
        return !jobs.isActive(run.getExecutionId());
    }

    private List<Person> certifiable(Project project) {
        return em.createQuery("""
                        select p from Person p where p.project.id = :project and p.organisationId = :organisation
                        and p.status in :statuses order by p.lastName, p.firstName, p.id""", Person.class)
                .setParameter("project", project.getId()).setParameter("organisation", project.getOrganisationId())
                .setParameter("statuses", List.of(PersonStatus.ACCEPTED, PersonStatus.CERTIFICATE_ISSUED))
                .getResultList();
    }
}
