package eu.youthpass.certificate.bulk.batch;

import eu.youthpass.certificate.issuing.CertificateIssuing;

/**
 * What the reader hands on: an item of the run with what its certificate will say, read with the rest of its page,
 * or the reason ({@code problem}, a bundle key) why this learner gets none.
 */
public record Drafted(long itemId, int itemNo, CertificateIssuing.Draft draft, String problem) {

    static Drafted of(RunItemRef item, CertificateIssuing.Draft draft) {
        return new Drafted(item.itemId(), item.itemNo(), draft, null);
    }

    static Drafted refused(RunItemRef item, String problem) {
        return new Drafted(item.itemId(), item.itemNo(), null, problem);
    }
}
