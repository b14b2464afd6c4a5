package eu.youthpass.certificate.bulk.batch;

import eu.youthpass.certificate.issuing.NotIssuableException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Makes one learner's certificate: reads the learner, checks them, lays out and signs the PDF. Everything that can
 * go wrong for this one learner throws here (a {@link NotIssuableException} with the reason, or any other runtime
 * exception), which the job skips and the report shows, while the other learners go on. Nothing is stored here.
 */
@Dependent
@Named("certificateRunProcessor")
public class CertificateRunProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = JobParameters.RUN)
    String runId;

    @Inject
    @BatchProperty(name = JobParameters.ORGANISATION)
    String organisationId;

    @Inject
    CertificateRunWork work;

    @Override
    public Object processItem(Object item) {
        RunItemRef ref = (RunItemRef) item;
        return work.prepare(Long.parseLong(organisationId), Long.parseLong(runId), ref.itemId());
    }
}
