package eu.youthpass.certificate.issuing;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.certificate.CertificateLanguages;
import eu.youthpass.certificate.CertificateRequest;
import eu.youthpass.learning.LearnerRecords;
import eu.youthpass.person.Person;
import eu.youthpass.person.PersonService;
import eu.youthpass.platform.tenancy.TenantData;
import eu.youthpass.platform.web.NotFoundException;
import eu.youthpass.project.Project;
import eu.youthpass.project.ProjectHistory;
import eu.youthpass.project.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The organisation's side of one learner's certificate: preview, generate (again), download, revoke. The project is
 * looked up first ({@link ProjectService#get}: other organisations' and, for editors, other projects' ids are "not
 * found"), then the person in it.
 */
@ApplicationScoped
@Transactional
@TenantData
public class Certificates {

    @Inject
    ProjectService projects;

    @Inject
    PersonService people;

    @Inject
    CertificateIssuing issuing;

    @Inject
    CertificateRecords certificates;

    @Inject
    ProjectHistory history;

    @Inject
    LearnerRecords learners;

    @Inject
    CurrentUser currentUser;

    /**
     * What the certificate page shows. {@code certificate} is null before the first generation; {@code versions}
     * newest first; {@code selfAssessed} says whether part 2 can be printed.
     */
    public record CertificateSheet(Person person, Certificate certificate, List<CertificateVersion> versions,
                                   boolean selfAssessed, List<Locale> defaultLanguages) {

        public boolean isIssuable() {
            return person.getStatus().isCertifiable() && (certificate == null || !certificate.isRevoked());
        }

        public CertificateVersion current() {
            return versions.isEmpty() ? null : versions.getFirst();
        }
    }

    /** A stored PDF and the name it is downloaded under. */
    public record StoredPdf(String fileName, byte[] bytes) {
    }

    public CertificateSheet sheet(long projectId, long personId) {
        Person person = person(projectId, personId);
        Certificate certificate = issuing.existing(person).orElse(null);
        List<CertificateVersion> versions = certificate == null ? List.of()
                : certificates.versions(person.getOrganisationId(), certificate.getId());
        boolean selfAssessed = learners.record(person.getOrganisationId(), personId)
                .filter(r -> r.getSubmittedAt() != null).isPresent();
        List<Locale> languages = person.getCertificateLanguageList().stream()
                .map(CertificateLanguages::of).flatMap(java.util.Optional::stream).distinct().toList();
        return new CertificateSheet(person, certificate, versions, selfAssessed,
                languages.isEmpty() ? List.of(Locale.ENGLISH) : languages);
    }

    public byte[] previewPng(long projectId, long personId, CertificateRequest request) {
        return issuing.previewPng(person(projectId, personId), request);
    }

    public CertificateVersion issue(long projectId, long personId, CertificateRequest request) {
        Person person = person(projectId, personId);
        boolean first = issuing.existing(person).isEmpty();
        CertificateVersion version = issuing.store(issuing.prepare(person, request), person,
                currentUser.get().fullName());
        Project project = person.getProject();
        history.record(project, first ? "history.certificate_issued" : "history.certificate_regenerated",
                person.getFullName() + " · " + version.getCertificate().getNumber());
        projects.markChanged(project);
        return version;
    }

    /** The current version's PDF, or the given version's; empty before the first generation. */
    public java.util.Optional<StoredPdf> pdf(long projectId, long personId, Integer versionNo) {
        Person person = person(projectId, personId);
        return issuing.existing(person).flatMap(certificate -> certificates.version(person.getOrganisationId(),
                        certificate.getId(), versionNo == null ? certificate.getCurrentVersion() : versionNo)
                .flatMap(version -> certificates.pdf(person.getOrganisationId(), version.getId())
                        .map(bytes -> new StoredPdf(fileName(certificate, version), bytes))));
    }

    public void revoke(long projectId, long personId, String reason) {
        Person person = person(projectId, personId);
        Certificate certificate = issuing.existing(person).orElseThrow(NotFoundException::new);
        certificate.revoke(Objects.requireNonNull(reason).strip(), currentUser.get().fullName());
        Project project = person.getProject();
        history.record(project, "history.certificate_revoked", person.getFullName() + " · "
                + certificate.getNumber() + " · " + reason.strip());
        projects.markChanged(project);
    }

    public static String fileName(Certificate certificate, CertificateVersion version) {
        return "youthpass-" + certificate.getNumber() + (version.getVersionNo() > 1 ? "-v" + version.getVersionNo() : "")
                + ".pdf";
    }

    private Person person(long projectId, long personId) {
        projects.get(projectId); // editors reach only their projects
        return people.person(projectId, personId);
    }
}
