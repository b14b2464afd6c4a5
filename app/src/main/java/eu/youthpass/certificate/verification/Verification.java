package eu.youthpass.certificate.verification;

import eu.youthpass.certificate.CertificateNumber;
import eu.youthpass.certificate.issuing.Certificate;
import eu.youthpass.certificate.issuing.CertificateEdition;
import eu.youthpass.certificate.issuing.CertificateRecords;
import eu.youthpass.certificate.issuing.CertificateVersion;
import eu.youthpass.certificate.issuing.Sha256;
import eu.youthpass.platform.tenancy.DatabaseScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The public check of a certificate, by its number or by a file, for anyone, with no login. Certificates belong to
 * every organisation, so these two reads run in platform scope (entered here, not through the session, so that an
 * API call makes no session); they only read, and answer no more than {@link VerifiedCertificate} and
 * {@link FileMatch} say.
 */
@ApplicationScoped
@Transactional
public class Verification {

    @Inject
    CertificateRecords certificates;

    @Inject
    DatabaseScope scope;

    @Inject
    CertificateEdition edition;

    public Optional<VerifiedCertificate> find(CertificateNumber number) {
        scope.enterPlatform(null);
        return certificates.byNumber(number).map(this::verified);
    }

    /** The version whose PDF is exactly these bytes, if we issued it. */
    public Optional<FileMatch> match(byte[] file) {
        scope.enterPlatform(null);
        return certificates.bySha256(Sha256.hex(file)).map(version -> {
            Certificate certificate = version.getCertificate();
            return new FileMatch(certificate.getNumber(), version.getVersionNo(), certificate.getCurrentVersion(),
                    version.getReplacedAt(), certificate.isRevoked(), version.getHolderName(), version.getIssueDate());
        });
    }

    private VerifiedCertificate verified(Certificate certificate) {
        List<CertificateVersion> versions = certificates.versionsOf(certificate);
        CertificateVersion current = versions.stream()
                .filter(v -> v.getVersionNo() == certificate.getCurrentVersion()).findFirst().orElseThrow();
        List<VerifiedCertificate.ReplacedVersion> replaced = versions.stream().filter(CertificateVersion::isReplaced)
                .map(v -> new VerifiedCertificate.ReplacedVersion(v.getVersionNo(), v.getIssueDate(), v.getReplacedAt()))
                .toList();
        return new VerifiedCertificate(certificate.getNumber(), certificate.isRevoked(), certificate.getRevokedAt(),
                certificate.getRevokedReason(), certificate.getIssuedAt(), current.getVersionNo(), replaced,
                current.getHolderName(), current.getProjectTitle(), current.getProjectNumber(), current.getStartDate(),
                current.getEndDate(), current.getOrganisationName(), current.getPartNumbers(),
                current.getLanguageTags(), current.getIssueDate(), edition.isDemo());
    }
}
