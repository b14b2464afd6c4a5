package eu.youthpass.project;

import eu.youthpass.platform.tenancy.OrganisationOwned;
import eu.youthpass.project.number.ParseResult;
import eu.youthpass.project.number.ProjectNumber;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An approved Erasmus+ or Solidarity Corps project, entered by its grant agreement number. The number decides the
 * project format, the certificate layout and which competence framework its learners use; it never changes.
 */
@Entity
@Table(name = "project")
public class Project extends OrganisationOwned {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int NAME_MAX_LENGTH = 200;
    public static final int CITY_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "action_code", nullable = false, updatable = false)
    private String actionCode;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    private String description;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "venue_city")
    private String venueCity;

    @Column(name = "venue_country")
    private String venueCountry;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_role", nullable = false)
    private OrganisationRole organisationRole;

    @Column(name = "legal_rep_name")
    private String legalRepresentativeName;

    @Column(name = "legal_rep_function")
    private String legalRepresentativeFunction;

    @Column(name = "responsible_name")
    private String responsibleName;

    @Column(name = "responsible_function")
    private String responsibleFunction;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProjectPartner> partners = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Project() {
    }

    public Project(long organisationId, ProjectNumber number, ProjectDetails details) {
        super(organisationId);
        this.number = number.value();
        this.actionCode = number.actionCode().code();
        this.createdAt = Instant.now();
        describe(details);
    }

    /** Takes over everything the organisation can edit; the number stays. */
    public void describe(ProjectDetails details) {
        title = details.getTitle();
        description = details.getDescription();
        startDate = details.getStartDate();
        endDate = details.getEndDate();
        venueCity = details.getVenueCity();
        venueCountry = details.getVenueCountry();
        organisationRole = details.getOrganisationRole();
        legalRepresentativeName = details.getLegalRepresentativeName();
        legalRepresentativeFunction = details.getLegalRepresentativeFunction();
        responsibleName = details.getResponsibleName();
        responsibleFunction = details.getResponsibleFunction();
        touch();
    }

    public void touch() {
        updatedAt = Instant.now();
    }

    public ProjectDetails details() {
        ProjectDetails d = new ProjectDetails();
        d.setTitle(title);
        d.setDescription(description);
        d.setStartDate(startDate);
        d.setEndDate(endDate);
        d.setVenueCity(venueCity);
        d.setVenueCountry(venueCountry);
        d.setOrganisationRole(organisationRole);
        d.setLegalRepresentativeName(legalRepresentativeName);
        d.setLegalRepresentativeFunction(legalRepresentativeFunction);
        d.setResponsibleName(responsibleName);
        d.setResponsibleFunction(responsibleFunction);
        d.setVersion(version);
        return d;
    }

    /** The number, read again: what it says about programme, format and generation. */
    public ProjectNumber parsedNumber() {
        if (ProjectNumber.parse(number) instanceof ParseResult.Valid valid) {
            return valid.number();
        }
        throw new IllegalStateException("A stored project number no longer parses: " + number);
    }

    public boolean isDateWithin(LocalDate date) {
        return date != null && !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getActionCode() {
        return actionCode;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getVenueCity() {
        return venueCity;
    }

    public String getVenueCountry() {
        return venueCountry;
    }

    public OrganisationRole getOrganisationRole() {
        return organisationRole;
    }

    public String getLegalRepresentativeName() {
        return legalRepresentativeName;
    }

    public String getLegalRepresentativeFunction() {
        return legalRepresentativeFunction;
    }

    public String getResponsibleName() {
        return responsibleName;
    }

    public String getResponsibleFunction() {
        return responsibleFunction;
    }

    public List<ProjectPartner> getPartners() {
        return partners;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public boolean isOlderLayout() {
        return parsedNumber().usesOlderCertificateLayout();
    }
}
