package eu.youthpass.certificate.bulk.batch;

import eu.youthpass.certificate.issuing.CertificateIssuing;

/** A learner's certificate made by the processor, for the writer to store with its item. */
public record Generated(long itemId, CertificateIssuing.Prepared prepared) {
}
