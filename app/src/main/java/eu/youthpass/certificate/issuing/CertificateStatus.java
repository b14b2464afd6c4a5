package eu.youthpass.certificate.issuing;

/** Whether a certificate still stands. Revoking is final: a revoked number is never valid again. */
public enum CertificateStatus {
    VALID,
    REVOKED
}
