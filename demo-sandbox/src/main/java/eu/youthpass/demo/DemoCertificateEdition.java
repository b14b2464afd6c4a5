package eu.youthpass.demo;

import eu.youthpass.certificate.issuing.CertificateEdition;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Named;

/**
 * Every certificate made in the demo is a demo certificate: the watermark on every page, and "demo certificate" on
 * its verification page, so that no practice run can pass for a real certificate.
 */
@Alternative
@Priority(1000)
@Named("certificateEdition")
@ApplicationScoped
public class DemoCertificateEdition extends CertificateEdition {

    @Override
    public boolean isDemo() {
        return true;
    }
}
