package eu.youthpass.certificate.bulk.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Stores the chunk's certificates and marks their items done, in one transaction ({@link CertificateRunWork#store}):
 * a crash before it commits leaves those items pending and nothing of them stored, so the resumed job makes them
 * once. Idempotent besides: an item no longer pending is not stored again.
 */
@Dependent
@Named("certificateRunWriter")
public class CertificateRunWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = JobParameters.RUN)
    String runId;

    @Inject
    @BatchProperty(name = JobParameters.ORGANISATION)
    String organisationId;

    @Inject
    CertificateRunWork work;

    @Override
    public void writeItems(List<Object> items) {
        work.store(Long.parseLong(organisationId), Long.parseLong(runId),
                items.stream().map(Generated.class::cast).toList());
    }
}
