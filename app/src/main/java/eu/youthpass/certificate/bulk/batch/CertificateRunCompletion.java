package eu.youthpass.certificate.bulk.batch;

import eu.youthpass.certificate.bulk.CertificateRunLedger;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** When a job ends, the run is closed if nothing is pending (else it waits to be resumed). */
@Dependent
@Named("certificateRunCompletion")
public class CertificateRunCompletion extends AbstractJobListener {

    @Inject
    @BatchProperty(name = JobParameters.RUN)
    String runId;

    @Inject
    @BatchProperty(name = JobParameters.ORGANISATION)
    String organisationId;

    @Inject
    CertificateRunLedger ledger;

    @Override
    public void afterJob() {
        ledger.ended(Long.parseLong(organisationId), Long.parseLong(runId));
    }
}
