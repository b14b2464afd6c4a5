package eu.youthpass.certificate.issuing;

import eu.youthpass.certificate.CertificateContent;
import eu.youthpass.certificate.CertificateContent.Evidence;
import eu.youthpass.certificate.CertificateContent.Holder;
import eu.youthpass.certificate.CertificateContent.LearningOutcome;
import eu.youthpass.certificate.CertificateContent.Partner;
import eu.youthpass.certificate.CertificateContent.Reference;
import eu.youthpass.certificate.CertificateContent.Signatory;
import eu.youthpass.certificate.CertificateContent.Venue;
import eu.youthpass.certificate.CertificateLayout;
import eu.youthpass.certificate.CertificateNumber;
import eu.youthpass.learning.Competence;
import eu.youthpass.learning.EvidenceLink;
import eu.youthpass.learning.LearnerReference;
import eu.youthpass.learning.LearningRecord;
import eu.youthpass.organisation.Organisation;
import eu.youthpass.person.Person;
import eu.youthpass.project.Activity;
import eu.youthpass.project.Project;
import eu.youthpass.project.number.ProjectNumber;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns the platform's data into what a certificate says: the person as they submitted themselves, the activities
 * they took part in, the project's signatories and partners and, for part 2, the accepted self-assessment. Pure: the
 * caller has read everything, so the bulk job and the pages build the same certificate from the same data.
 */
public final class CertificateSources {

    private CertificateSources() {
    }

    /**
     * What one learner's certificate is made from; {@code logo} is null when the organisation has none, {@code record}
     * when part 2 is not printed.
     */
    public record Sources(Person person, Project project, Organisation organisation, byte[] logo, LearningRecord record,
                          List<EvidenceLink> evidence) {
    }

    public static CertificateContent content(Sources sources, CertificateNumber number, String verificationUrl,
                                             LocalDate issueDate, boolean demo) {
        Person person = sources.person();
        Project project = sources.project();
        ProjectNumber projectNumber = project.parsedNumber();
        CertificateContent.Builder content = CertificateContent.builder()
                .number(number)
                .verificationUrl(verificationUrl)
                .issueDate(issueDate)
                .layout(projectNumber.usesOlderCertificateLayout() ? CertificateLayout.PROGRAMMES_2014_2020
                        : CertificateLayout.PROGRAMMES_2021_2027)
                .demo(demo)
                .holder(new Holder(person.getFirstName(), person.getLastName(), person.getBirthDate(),
                        person.getBirthPlace(), person.getResidenceCountry()))
                .project(new CertificateContent.Project(project.getNumber(), project.getTitle(),
                        projectNumber.programme().name(), projectNumber.format().name(), project.getStartDate(),
                        project.getEndDate(), new Venue(project.getVenueCity(), project.getVenueCountry()),
                        project.getDescription()))
                .organisation(new CertificateContent.Organisation(sources.organisation().getName(),
                        sources.organisation().getCountry(), sources.logo()))
                .legalRepresentative(signatory(project.getLegalRepresentativeName(),
                        project.getLegalRepresentativeFunction()))
                .responsible(signatory(project.getResponsibleName(), project.getResponsibleFunction()))
                .activities(person.getActivities().stream()
                        .sorted(Comparator.comparing(Activity::getStartDate).thenComparing(Activity::getId))
                        .map(CertificateSources::activity).toList())
                .partners(project.getPartners().stream().map(p -> new Partner(p.getName(), p.getCountry())).toList());
        LearningRecord record = sources.record();
        if (record != null) {
            content.learnerTasks(record.getTasks());
            Map<Competence, String> answers = record.answers();
            for (Competence competence : Competence.of(person.framework())) {
                String text = answers.get(competence);
                if (competence == Competence.OTHER) {
                    content.otherCompetences(text);
                } else if (text != null) {
                    content.learningOutcome(new LearningOutcome(competence.name(), text));
                }
            }
            for (EvidenceLink link : sources.evidence()) {
                content.evidence(new Evidence(link.getTitle(), link.getUrl()));
            }
            for (LearnerReference reference : record.references()) {
                content.reference(new Reference(reference.getName(), reference.getRole(), reference.getContact()));
            }
        }
        return content.build();
    }

    private static Signatory signatory(String name, String function) {
        return name == null || name.isBlank() ? null : new Signatory(name, function);
    }

    private static CertificateContent.Activity activity(Activity activity) {
        return new CertificateContent.Activity(activity.getTitle(), activity.getType().name(),
                activity.getStartDate(), activity.getEndDate(),
                new Venue(activity.getVenueCity(), activity.getVenueCountry()), activity.getDescription());
    }
}
