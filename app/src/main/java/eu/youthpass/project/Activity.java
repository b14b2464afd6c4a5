package eu.youthpass.project;

import eu.youthpass.platform.tenancy.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** Something that happened in the project (an exchange, a training course, a preparatory visit…). */
@Entity
@Table(name = "activity")
@NamedQuery(name = Activity.OF_PROJECT, query = """
        select a from Activity a where a.project.id = :project and a.organisationId = :organisation
        order by a.startDate, a.id""")
@NamedQuery(name = Activity.ONE, query = """
        select a from Activity a where a.id = :id and a.project.id = :project and a.organisationId = :organisation""")
public class Activity extends OrganisationOwned {

    public static final String OF_PROJECT = "Activity.ofProject";
    public static final String ONE = "Activity.one";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", updatable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityType type;

    @Column(nullable = false)
    private String title;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "venue_city")
    private String venueCity;

    @Column(name = "venue_country")
    private String venueCountry;

    private String description;

    @Version
    private long version;

    protected Activity() {
    }

    public Activity(Project project, ActivityForm form) {
        super(project.getOrganisationId());
        this.project = project;
        describe(form);
    }

    public void describe(ActivityForm form) {
        type = form.getType();
        title = form.getTitle();
        startDate = form.getStartDate();
        endDate = form.getEndDate();
        venueCity = form.getVenueCity();
        venueCountry = form.getVenueCountry();
        description = form.getDescription();
    }

    public ActivityForm form() {
        ActivityForm form = new ActivityForm();
        form.setId(id);
        form.setType(type);
        form.setTitle(title);
        form.setStartDate(startDate);
        form.setEndDate(endDate);
        form.setVenueCity(venueCity);
        form.setVenueCountry(venueCountry);
        form.setDescription(description);
        form.setVersion(version);
        return form;
    }

    public Long getId() {
        return id;
    }

    public ActivityType getType() {
        return type;
    }

    public String getTitle() {
        return title;
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

    public String getDescription() {
        return description;
    }

    public long getVersion() {
        return version;
    }
}
