package eu.youthpass.certificate.issuing;

import eu.youthpass.certificate.CertificateContent;
import eu.youthpass.certificate.CertificateNumber;
import eu.youthpass.certificate.CertificatePart;
import eu.youthpass.certificate.CertificatePdf;
import eu.youthpass.certificate.CertificatePicture;
import eu.youthpass.certificate.CertificateRenderer;
import eu.youthpass.certificate.CertificateRequest;
import eu.youthpass.certificate.CertificateSigning;
import eu.youthpass.person.Person;
import eu.youthpass.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Makes and stores a learner's certificate, for the organisation's page and the bulk job alike. Works in the
 * caller's transaction and database scope and names the organisation of the person it is given; it is not a
 * transactional bean itself, so that a learner's {@link NotIssuableException} in the bulk job skips that learner
 * without marking the whole chunk's transaction for rollback.
 *
 * <p>The number is drawn once, at the first generation, and kept: generating again adds a version under the same
 * number and marks the earlier one replaced. Part 2 is printed only from an accepted self-assessment.
 */
@ApplicationScoped
public class CertificateIssuing {

    /** The preview's resolution: a whole A4 page fits a laptop screen, text still readable. */
    static final int PREVIEW_DPI = 90;

    @Inject
    CertificateRecords certificates;

    @Inject
    LearnerSources sources;

    @Inject
    CertificateSigning signing;

    @Inject
    CertificateEdition edition;

    @Inject
    Settings settings;

    private final CertificateRenderer renderer = new CertificateRenderer();
    private final SecureRandom random = new SecureRandom();

    /** A signed PDF made for a learner, not stored yet. */
    public record Prepared(long organisationId, long projectId, long personId, CertificateNumber number,
                           CertificateContent content, CertificateRequest request, byte[] pdf) {
    }

    /**
     * What would be printed for a learner: the content and the parts and languages that apply. Holds no entity, so
     * it can be laid out after the transaction that read it has ended (the bulk job does).
     */
    public record Draft(long organisationId, long projectId, long personId, CertificateContent content,
                        CertificateRequest request) {
    }

    /** The certificate as asked, laid out and signed; throws {@link NotIssuableException} for this learner. */
    public Prepared prepare(Person person, CertificateRequest asked) {
        return sign(draft(sources.of(person), existing(person), asked));
    }

    /** Lays out and signs a draft: no database work, any thread. */
    public Prepared sign(Draft draft) {
        byte[] pdf = new CertificatePdf(renderer, signing.signer()).create(draft.content(), draft.request());
        return new Prepared(draft.organisationId(), draft.projectId(), draft.personId(), draft.content().number(),
                draft.content(), draft.request(), pdf);
    }

    /**
     * Page 1 as a picture, unsigned and not stored. A learner without a certificate yet sees a number drawn for the
     * preview only; the real one is drawn when the certificate is generated.
     */
    public byte[] previewPng(Person person, CertificateRequest asked) {
        Draft draft = draft(sources.of(person), existing(person), asked);
        return CertificatePicture.png(renderer.render(draft.content(), draft.request()), 1, PREVIEW_DPI);
    }

    /** Stores a prepared PDF as the certificate's newest version and marks the learner's certificate issued. */
    public CertificateVersion store(Prepared prepared, Person person, String author) {
        return store(prepared, person, existing(person), author);
    }

    /** The same, with the learner's certificate as read beforehand ({@code existing}), for a page of learners. */
    public CertificateVersion store(Prepared prepared, Person person, Optional<Certificate> existing, String author) {
        if (!person.getId().equals(prepared.personId()) || !person.belongsTo(prepared.organisationId())) {
            throw new IllegalArgumentException("Prepared for someone else");
        }
        Certificate certificate = existing.orElse(null);
        if (certificate == null) {
            certificate = new Certificate(prepared.organisationId(), prepared.projectId(), prepared.personId(),
                    prepared.number());
            certificates.add(certificate);
        } else if (!certificate.number().equals(prepared.number())) {
            throw new IllegalStateException("The certificate's number changed while its PDF was made");
        }
        int versionNo = certificate.nextVersion();
        if (versionNo > 1) {
            certificates.version(prepared.organisationId(), certificate.getId(), versionNo - 1)
                    .ifPresent(CertificateVersion::replaced);
        }
        CertificateVersion version = new CertificateVersion(certificate, versionNo, prepared.content(),
                prepared.request(), prepared.pdf(), author);
        certificates.add(version);
        certificates.add(new CertificateFile(version, prepared.pdf()));
        person.certificateIssued();
        return version;
    }

    public Optional<Certificate> existing(Person person) {
        return certificates.ofPerson(person.getOrganisationId(), person.getId());
    }

    /**
     * What a learner's certificate would say, from what was read of them ({@code existing} is their certificate, if
     * any: its number is kept, else one is drawn). Throws {@link NotIssuableException} for this learner.
     */
    public Draft draft(CertificateSources.Sources learner, Optional<Certificate> existing, CertificateRequest asked) {
        Person person = learner.person();
        if (!person.getStatus().isCertifiable()) {
            throw new NotIssuableException("certificate.not_issuable.not_accepted");
        }
        if (existing.map(Certificate::isRevoked).orElse(false)) {
            throw new NotIssuableException("certificate.not_issuable.revoked");
        }
        CertificateNumber number = existing.map(Certificate::number).orElseGet(() -> CertificateNumber.generate(random));
        Set<CertificatePart> parts = EnumSet.copyOf(asked.parts());
        if (learner.record() == null) {
            parts.remove(CertificatePart.LEARNING_OUTCOMES);
        }
        if (parts.isEmpty()) {
            throw new NotIssuableException("certificate.not_issuable.no_self_assessment");
        }
        CertificateRequest request = new CertificateRequest(parts, asked.languages());
        CertificateContent content = CertificateSources.content(learner, number,
                number.verificationUrl(settings.baseUrl()), LocalDate.now(), edition.isDemo());
        return new Draft(person.getOrganisationId(), person.getProject().getId(), person.getId(), content, request);
    }
}
