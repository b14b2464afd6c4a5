/**
 * The Youthpass certificate as a document: what it says ({@link eu.youthpass.certificate.CertificateContent}), which
 * parts and languages are wanted ({@link eu.youthpass.certificate.CertificateRequest}), the PDF layout
 * ({@link eu.youthpass.certificate.CertificateRenderer}) and its digital signature
 * ({@link eu.youthpass.certificate.CertificateSigner}); {@link eu.youthpass.certificate.CertificatePdf} does both.
 * Pure Java: no database and no web here, so the bulk job and the pages can share it.
 */
package eu.youthpass.certificate;
