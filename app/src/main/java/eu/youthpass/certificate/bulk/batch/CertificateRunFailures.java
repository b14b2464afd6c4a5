package eu.youthpass.certificate.bulk.batch;

import eu.youthpass.certificate.issuing.NotIssuableException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records why a learner was skipped, on their item: the run's report lists them. A
 * learner's own problem (not accepted, revoked, removed) is said in words; anything else is logged with its cause
 * and reported as a failure to make the certificate.
 */
@Dependent
@Named("certificateRunFailures")
public class CertificateRunFailures implements SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(CertificateRunFailures.class.getName());

    @Inject
    @BatchProperty(name = JobParameters.ORGANISATION)
    String organisationId;

    @Inject
    CertificateRunWork work;

    @Override
    public void onSkipProcessItem(Object item, Exception cause) {
        Drafted ref = (Drafted) item;
        String problem;
        if (cause instanceof NotIssuableException notIssuable) {
            problem = notIssuable.reason();
        } else {
            problem = "certificate.not_issuable.failed";
            LOG.log(Level.WARNING, "Bulk certificate item " + ref.itemId() + " failed", cause);
        }
        work.failed(Long.parseLong(organisationId), ref.itemId(), problem);
    }
}
