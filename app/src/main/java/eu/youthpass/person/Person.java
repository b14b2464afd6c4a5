package eu.youthpass.person;

import eu.youthpass.platform.tenancy.OrganisationOwned;
import eu.youthpass.project.Activity;
import eu.youthpass.project.Project;
import eu.youthpass.project.number.CompetenceFramework;
import eu.youthpass.project.number.LearnerKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A learner in a project: a participant or a team member who may get a certificate. */
@Entity
@Table(name = "person")
public class Person extends OrganisationOwned {

    /** Column sizes of the person table (migration V2), for the forms and the spreadsheet import. */
    public static final int NAME_MAX_LENGTH = 100;
    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int PLACE_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", updatable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LearnerKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role")
    private TeamRole teamRole;

    @Column(name = "first_name", nullable = false, length = NAME_MAX_LENGTH)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = NAME_MAX_LENGTH)
    private String lastName;

    @Column(nullable = false, length = EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "residence_country", nullable = false)
    private String residenceCountry;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "birth_place", length = PLACE_MAX_LENGTH)
    private String birthPlace;

    @Column(name = "certificate_languages", nullable = false)
    private String certificateLanguages;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PersonStatus status;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "person_activity", joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "activity_id"))
    private Set<Activity> activities = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
    }

    public Person(Project project, PersonForm form, List<Activity> activities) {
        super(project.getOrganisationId());
        this.project = project;
        this.status = PersonStatus.ADDED;
        this.createdAt = Instant.now();
        describe(form, activities);
    }

    public void describe(PersonForm form, List<Activity> chosenActivities) {
        kind = form.getKind();
        teamRole = kind == LearnerKind.TEAM_MEMBER ? form.getTeamRole() : null;
        firstName = form.getFirstName();
        lastName = form.getLastName();
        email = form.getEmail();
        residenceCountry = form.getResidenceCountry();
        birthDate = form.getBirthDate();
        birthPlace = form.getBirthPlace();
        certificateLanguages = String.join(",", form.getCertificateLanguages());
        activities.clear();
        activities.addAll(chosenActivities);
    }

    public PersonForm form() {
        PersonForm form = new PersonForm();
        form.setId(id);
        form.setKind(kind);
        form.setTeamRole(teamRole);
        form.setFirstName(firstName);
        form.setLastName(lastName);
        form.setEmail(email);
        form.setResidenceCountry(residenceCountry);
        form.setBirthDate(birthDate);
        form.setBirthPlace(birthPlace);
        form.setCertificateLanguages(getCertificateLanguageList());
        form.setActivityIds(activities.stream().map(Activity::getId).toList());
        form.setVersion(version);
        return form;
    }

    /** An invitation was sent; a learner who already got further keeps their status. */
    public void invited() {
        if (status == PersonStatus.ADDED) {
            status = PersonStatus.INVITED;
        }
    }

    /** The learner submitted: their own version of their personal data becomes the one the organisation sees. */
    public void submitted(String firstName, String lastName, LocalDate birthDate, String birthPlace) {
        requireStatus(status.isEditableByLearner());
        this.firstName = firstName;
        this.lastName = lastName;
        this.birthDate = birthDate;
        this.birthPlace = birthPlace;
        status = PersonStatus.SUBMITTED;
    }

    public void accepted() {
        requireStatus(status == PersonStatus.SUBMITTED);
        status = PersonStatus.ACCEPTED;
    }

    public void sentBack() {
        requireStatus(status == PersonStatus.SUBMITTED || status == PersonStatus.ACCEPTED);
        status = PersonStatus.SENT_BACK;
    }

    /** A certificate was generated (first time or again) from the accepted self-assessment. */
    public void certificateIssued() {
        requireStatus(status.isCertifiable());
        status = PersonStatus.CERTIFICATE_ISSUED;
    }

    private void requireStatus(boolean allowed) {
        if (!allowed) {
            throw new IllegalStateException("Not possible while the person is " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    /** The framework this learner's self-assessment is written against (see DOMAIN.md: team members use ETS). */
    public CompetenceFramework framework() {
        return project.parsedNumber().frameworkFor(kind);
    }

    public LearnerKind getKind() {
        return kind;
    }

    public TeamRole getTeamRole() {
        return teamRole;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getResidenceCountry() {
        return residenceCountry;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public List<String> getCertificateLanguageList() {
        return Arrays.stream(certificateLanguages.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public PersonStatus getStatus() {
        return status;
    }

    public Set<Activity> getActivities() {
        return activities;
    }

    public long getVersion() {
        return version;
    }
}
