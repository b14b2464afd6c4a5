package eu.youthpass.certificate.issuing;

import eu.youthpass.learning.LinkClosedException;
import eu.youthpass.learning.SelfAssessments;
import eu.youthpass.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * The learner's own certificate, through their personal link: checked exactly as their form is (an unknown,
 * expired or revoked link throws {@link LinkClosedException}), and only once a certificate has been issued and
 * while it stands.
 */
@ApplicationScoped
@Transactional
public class LearnerCertificates {

    @Inject
    SelfAssessments selfAssessments;

    @Inject
    CertificateIssuing issuing;

    @Inject
    CertificateRecords certificates;

    /** The printed number of the learner's valid certificate, if they have one. */
    public Optional<String> number(String token) {
        return certificate(selfAssessments.learner(token)).map(Certificate::getNumber);
    }

    /** The current version's PDF of the learner's valid certificate, if they have one. */
    public Optional<Certificates.StoredPdf> current(String token) {
        Person person = selfAssessments.learner(token);
        return certificate(person).flatMap(certificate -> certificates.version(person.getOrganisationId(),
                        certificate.getId(), certificate.getCurrentVersion())
                .flatMap(version -> certificates.pdf(person.getOrganisationId(), version.getId())
                        .map(bytes -> new Certificates.StoredPdf(Certificates.fileName(certificate, version), bytes))));
    }

    private Optional<Certificate> certificate(Person person) {
        return issuing.existing(person).filter(c -> !c.isRevoked());
    }
}
