package eu.youthpass.certificate.bulk;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.certificate.CertificatePart;
import eu.youthpass.certificate.bulk.batch.JobParameters;
import eu.youthpass.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Starts the bulk job for a run once the run's transaction has committed, and resumes an interrupted run. Not
 * transactional itself: the job runs in other threads and must see the committed items.
 *
 * <p>Why our own tables and not the batch runtime's restart: Payara's job repository is its embedded store, lost
 * when the platform restarts (and not shared between replicas), so a crashed job could not be restarted from it. The
 * run's items in our database survive everything the certificates do; a new job execution for the same run takes
 * the items still pending, and an item stops being pending in the transaction that stores its certificate.
 */
@ApplicationScoped
public class CertificateRunLauncher {

    @Inject
    BulkCertificates bulk;

    @Inject
    CertificateRunLedger ledger;

    @Inject
    BatchInstance instance;

    @Inject
    Settings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    BatchJobs jobs;

    public long start(long projectId, Collection<Long> personIds, Set<CertificatePart> parts, List<Locale> languages) {
        long runId = bulk.create(projectId, personIds, parts, languages);
        launch(currentUser.organisationId(), runId);
        return runId;
    }

    /** False when there was nothing to resume (it finished, or someone resumed it meanwhile). */
    public boolean resume(long projectId) {
        return bulk.interrupted(projectId).filter(run -> ledger.claim(run.getOrganisationId(), run.getId(),
                        instance.id(), run.getHeartbeatAt()))
                .map(run -> {
                    launch(run.getOrganisationId(), run.getId());
                    return true;
                }).orElse(false);
    }

    private void launch(long organisationId, long runId) {
        Properties parameters = new Properties();
        parameters.setProperty(JobParameters.RUN, String.valueOf(runId));
        parameters.setProperty(JobParameters.ORGANISATION, String.valueOf(organisationId));
        parameters.setProperty(JobParameters.PARTITIONS, String.valueOf(settings.certificateThreads()));
        long execution = jobs.start(parameters);
        ledger.executing(organisationId, runId, execution);
    }
}
