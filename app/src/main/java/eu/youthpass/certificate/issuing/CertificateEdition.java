package eu.youthpass.certificate.issuing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * What differs between live and demo certificates. The demo overlay replaces this bean (an {@code @Alternative}
 * with a priority, or {@code @Specializes}); the live code only asks these questions. A demo certificate carries the
 * watermark across every page, and the verification page says that it is a demo certificate.
 */
@Named
@ApplicationScoped
public class CertificateEdition {

    public boolean isDemo() {
        return false;
    }
}
