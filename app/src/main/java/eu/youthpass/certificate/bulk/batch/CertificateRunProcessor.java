package eu.youthpass.certificate.bulk.batch;

import eu.youthpass.certificate.issuing.CertificateIssuing;
import eu.youthpass.certificate.issuing.NotIssuableException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Makes one learner's certificate from its draft: lays out and signs the PDF, with no database work, so that no
 * connection waits while pages are drawn. A learner the reader found a problem with is refused here (a
 * {@link NotIssuableException} with the reason), as is anything else that breaks this one certificate; the job skips
 * them, the report shows them, and the other learners go on. Nothing is stored here.
 */
@Dependent
@Named("certificateRunProcessor")
public class CertificateRunProcessor implements jakarta.batch.api.chunk.ItemProcessor {

    @Inject
    CertificateIssuing issuing;

    @Override
    public Object processItem(Object item) {
        Drafted drafted = (Drafted) item;
        if (drafted.problem() != null) {
            throw new NotIssuableException(drafted.problem());
        }
        return new Generated(drafted.itemId(), issuing.sign(drafted.draft()));
    }
}
