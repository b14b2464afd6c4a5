package eu.youthpass.certificate;

/**
 * A certificate as it leaves the platform: laid out and signed in one pass. Thread-safe, so the bulk job can share one
 * instance between its threads.
 *
 * <pre>
 * CertificatePdf pdf = new CertificatePdf(new CertificateRenderer(), signing.signer());
 * byte[] file = pdf.create(content, CertificateRequest.complete(Locale.ENGLISH));
 * </pre>
 */
public final class CertificatePdf {

    private final CertificateRenderer renderer;
    private final CertificateSigner signer;

    public CertificatePdf(CertificateRenderer renderer, CertificateSigner signer) {
        this.renderer = renderer;
        this.signer = signer;
    }

    public byte[] create(CertificateContent content, CertificateRequest request) {
        return renderer.render(content, request, signer);
    }
}
