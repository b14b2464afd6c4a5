/**
 * The Youthpass certificate as a document: what it says ({@link eu.youthpass.certificate.CertificateContent}), which
 * parts and languages are wanted ({@link eu.youthpass.certificate.CertificateRequest}), the PDF layout
 * ({@link eu.youthpass.certificate.CertificateRenderer}) and its digital signature
 * ({@link eu.youthpass.certificate.CertificateSigner}); {@link eu.youthpass.certificate.CertificatePdf} does both.
 * Pure Java: no database and no web in this package, so the bulk job and the pages can share it.
 *
 * <p>Around it: {@code issuing} stores certificates and their versions and serves the organisation's page,
 * {@code verification} is the public check by number or file, {@code bulk} generates for many learners as a
 * Jakarta Batch job.
 */
package eu.youthpass.certificate;
