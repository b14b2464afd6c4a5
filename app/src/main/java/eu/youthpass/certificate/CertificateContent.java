package eu.youthpass.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a certificate says, as plain values the platform fills from the database. Values stay raw: codes
 * (programme, project format, activity type, competence, ISO country) are translated by the renderer in each
 * language of the certificate, and free text is printed as the organisation or the learner wrote it. Any text may
 * be {@code null} or blank: empty fields do not appear on the certificate.
 *
 * <pre>
 * CertificateContent content = CertificateContent.builder()
 *         .number(number).verificationUrl(number.verificationUrl(baseUrl)).issueDate(today)
 *         .holder(new Holder("Jānis", "Bērziņš", birthDate, "Rīga", "LV"))
 *         .project(...).organisation(...).activities(...)
 *         .build();
 * </pre>
 */
public record CertificateContent(
        CertificateNumber number,
        String verificationUrl,
        LocalDate issueDate,
        CertificateLayout layout,
        boolean demo,
        Holder holder,
        Project project,
        Organisation organisation,
        Signatory legalRepresentative,
        Signatory responsible,
        List<Activity> activities,
        List<Partner> partners,
        String learnerTasks,
        List<LearningOutcome> learningOutcomes,
        String otherCompetences,
        List<Evidence> evidence,
        List<Reference> references,
        Signatory dialoguePartner) {

    public CertificateContent {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(organisation, "organisation");
        activities = listOf(activities);
        partners = listOf(partners);
        learningOutcomes = listOf(learningOutcomes);
        evidence = listOf(evidence);
        references = listOf(references);
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** The learner the certificate is issued to. {@code residenceCountry} is an ISO 3166 code such as {@code LV}. */
    public record Holder(String firstName, String lastName, LocalDate birthDate, String birthPlace,
                         String residenceCountry) {

        public String fullName() {
            return (Objects.toString(firstName, "").strip() + " " + Objects.toString(lastName, "").strip()).strip();
        }
    }

    /**
     * The project's own facts. {@code programme} and {@code format} are enum names ({@code ERASMUS_PLUS},
     * {@code YOUTH_EXCHANGE}) looked up as {@code Programme.<name>} and {@code ProjectFormat.<name>}.
     */
    public record Project(String number, String title, String programme, String format, LocalDate startDate,
                          LocalDate endDate, Venue venue, String description) {
    }

    /** A city and an ISO 3166 country code; either may be missing. */
    public record Venue(String city, String country) {
    }

    /** The organisation issuing the certificate; {@code logo} is PNG, JPEG or GIF bytes, or {@code null}. */
    public record Organisation(String name, String country, byte[] logo) {
    }

    /** Someone who signs a part by hand: name and function (e.g. "Director"), as they want them printed. */
    public record Signatory(String name, String function) {
    }

    /** {@code type} is an {@code ActivityType} name, looked up as {@code ActivityType.<name>}. */
    public record Activity(String title, String type, LocalDate startDate, LocalDate endDate, Venue venue,
                           String description) {
    }

    public record Partner(String name, String country) {
    }

    /**
     * What the learner wrote about one competence. {@code competence} is a {@code Competence} code whose name is
     * {@code competence.<code>.name} in the bundle {@code i18n/competences}.
     */
    public record LearningOutcome(String competence, String text) {
    }

    public record Evidence(String title, String url) {
    }

    /** Someone who can confirm the learning: name, their role, and how to reach them. */
    public record Reference(String name, String role, String contact) {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fills a certificate field by field; lists are appended to, everything else is replaced. */
    public static final class Builder {
        private CertificateNumber number;
        private String verificationUrl;
        private LocalDate issueDate;
        private CertificateLayout layout = CertificateLayout.PROGRAMMES_2021_2027;
        private boolean demo;
        private Holder holder;
        private Project project;
        private Organisation organisation;
        private Signatory legalRepresentative;
        private Signatory responsible;
        private final List<Activity> activities = new ArrayList<>();
        private final List<Partner> partners = new ArrayList<>();
        private String learnerTasks;
        private final List<LearningOutcome> learningOutcomes = new ArrayList<>();
        private String otherCompetences;
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();
        private Signatory dialoguePartner;

        private Builder() {
        }

        public Builder number(CertificateNumber number) {
            this.number = number;
            return this;
        }

        public Builder verificationUrl(String verificationUrl) {
            this.verificationUrl = verificationUrl;
            return this;
        }

        public Builder issueDate(LocalDate issueDate) {
            this.issueDate = issueDate;
            return this;
        }

        public Builder layout(CertificateLayout layout) {
            this.layout = layout;
            return this;
        }

        public Builder demo(boolean demo) {
            this.demo = demo;
            return this;
        }

        public Builder holder(Holder holder) {
            this.holder = holder;
            return this;
        }

        public Builder project(Project project) {
            this.project = project;
            return this;
        }

        public Builder organisation(Organisation organisation) {
            this.organisation = organisation;
            return this;
        }

        public Builder legalRepresentative(Signatory legalRepresentative) {
            this.legalRepresentative = legalRepresentative;
            return this;
        }

        public Builder responsible(Signatory responsible) {
            this.responsible = responsible;
            return this;
        }

        public Builder activity(Activity activity) {
            activities.add(activity);
            return this;
        }

        public Builder activities(List<Activity> activities) {
            this.activities.addAll(activities);
            return this;
        }

        public Builder partner(Partner partner) {
            partners.add(partner);
            return this;
        }

        public Builder partners(List<Partner> partners) {
            this.partners.addAll(partners);
            return this;
        }

        public Builder learnerTasks(String learnerTasks) {
            this.learnerTasks = learnerTasks;
            return this;
        }

        public Builder learningOutcome(LearningOutcome outcome) {
            learningOutcomes.add(outcome);
            return this;
        }

        public Builder learningOutcomes(List<LearningOutcome> outcomes) {
            learningOutcomes.addAll(outcomes);
            return this;
        }

        public Builder otherCompetences(String otherCompetences) {
            this.otherCompetences = otherCompetences;
            return this;
        }

        public Builder evidence(Evidence evidence) {
            this.evidence.add(evidence);
            return this;
        }

        public Builder reference(Reference reference) {
            references.add(reference);
            return this;
        }

        public Builder dialoguePartner(Signatory dialoguePartner) {
            this.dialoguePartner = dialoguePartner;
            return this;
        }

        public CertificateContent build() {
            return new CertificateContent(number, verificationUrl, issueDate, layout, demo, holder, project,
                    organisation, legalRepresentative, responsible, activities, partners, learnerTasks,
                    learningOutcomes, otherCompetences, evidence, references, dialoguePartner);
        }
    }
}
