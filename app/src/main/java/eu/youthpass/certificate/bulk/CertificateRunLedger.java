package eu.youthpass.certificate.bulk;

import eu.youthpass.platform.tenancy.DatabaseScope;
import eu.youthpass.project.Project;
import eu.youthpass.project.ProjectHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;

/**
 * The bookkeeping of a run outside the job's chunks: claiming it for a job, its heartbeat, its end. Called with no
 * signed-in user (from the job's listeners and writer, and right after the page's transaction), so every method
 * takes the organisation and enters its database scope itself. Heartbeat and claim are single UPDATE statements,
 * so that the page, the writer and a resume never overwrite each other's changes to the run.
 */
@ApplicationScoped
@Transactional
public class CertificateRunLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseScope scope;

    @Inject
    CertificateRunRecords runs;

    @Inject
    ProjectHistory history;

    /**
     * Takes a run that was interrupted for this instance, if nobody did meanwhile: true when this caller may start a
     * job for it. {@code seenHeartbeat} is the heartbeat the caller judged the run by.
     */
    public boolean claim(long organisationId, long runId, String instance, Instant seenHeartbeat) {
        scope.enterOrganisation(organisationId, null);
        return em.createQuery("""
                        update CertificateRun r set r.instanceId = :instance, r.heartbeatAt = :now, r.executionId = null
                        where r.id = :id and r.organisationId = :organisation and r.heartbeatAt = :seen
                        and r.status = :running""")
                .setParameter("instance", instance).setParameter("now", Instant.now())
                .setParameter("id", runId).setParameter("organisation", organisationId)
                .setParameter("seen", seenHeartbeat).setParameter("running", CertificateRun.Status.RUNNING)
                .executeUpdate() == 1;
    }

    public void executing(long organisationId, long runId, long executionId) {
        scope.enterOrganisation(organisationId, null);
        em.createQuery("""
                        update CertificateRun r set r.executionId = :execution, r.heartbeatAt = :now
                        where r.id = :id and r.organisationId = :organisation""")
                .setParameter("execution", executionId).setParameter("now", Instant.now())
                .setParameter("id", runId).setParameter("organisation", organisationId).executeUpdate();
    }

    /** Called by the writer inside the chunk's transaction (MANDATORY there: the chunk's scope is already set). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beat(long organisationId, long runId) {
        em.createQuery("""
                        update CertificateRun r set r.heartbeatAt = :now
                        where r.id = :id and r.organisationId = :organisation""")
                .setParameter("now", Instant.now()).setParameter("id", runId)
                .setParameter("organisation", organisationId).executeUpdate();
    }

    /**
     * The job ended. With nothing pending the run is complete and the project's history says what it made; with
     * items still pending (the job failed or was stopped) it stays running, to be resumed.
     */
    public void ended(long organisationId, long runId) {
        scope.enterOrganisation(organisationId, null);
        CertificateRun run = runs.run(organisationId, runId).orElseThrow();
        Map<RunItemStatus, Long> counts = runs.counts(organisationId, runId);
        if (counts.get(RunItemStatus.PENDING) > 0 || !run.isRunning()) {
            return;
        }
        run.completed();
        em.createQuery("select p from Project p where p.id = :id and p.organisationId = :organisation", Project.class)
                .setParameter("id", run.getProjectId()).setParameter("organisation", organisationId)
                .getResultStream().findFirst()
                .ifPresent(project -> history.record(project, run.getStartedById(), run.getStartedBy(),
                        "history.certificates_generated", counts.get(RunItemStatus.DONE) + " / " + run.getTotal()));
    }
}
