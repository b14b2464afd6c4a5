package eu.youthpass.project;

import eu.youthpass.platform.tenancy.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Another organisation in the project, printed in part 3 of the certificate. */
@Entity
@Table(name = "project_partner")
public class ProjectPartner extends OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_partner_seq")
    @SequenceGenerator(name = "project_partner_seq", sequenceName = "project_partner_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", updatable = false)
    private Project project;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String country;

    protected ProjectPartner() {
    }

    public ProjectPartner(Project project, String name, String country) {
        super(project.getOrganisationId());
        this.project = project;
        this.name = name;
        this.country = country;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }
}
