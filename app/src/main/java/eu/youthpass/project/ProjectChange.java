package eu.youthpass.project;

import eu.youthpass.platform.tenancy.OrganisationOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a project's history: who changed what, when. {@code what} is a bundle key (history.*). */
@Entity
@Table(name = "project_change")
@NamedQuery(name = ProjectChange.OF_PROJECT, query = """
        select c from ProjectChange c where c.projectId = :project and c.organisationId = :organisation
        order by c.changedAt desc, c.id desc""")
public class ProjectChange extends OrganisationOwned {

    public static final String OF_PROJECT = "ProjectChange.ofProject";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_change_seq")
    @SequenceGenerator(name = "project_change_seq", sequenceName = "project_change_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "user_name", nullable = false)
    private String userName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private String what;

    private String detail;

    protected ProjectChange() {
    }

    public ProjectChange(Project project, Long userId, String userName, String what, String detail) {
        super(project.getOrganisationId());
        this.projectId = project.getId();
        this.userId = userId;
        this.userName = userName;
        this.what = what;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
        this.changedAt = Instant.now();
    }

    public String getUserName() {
        return userName;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getWhat() {
        return what;
    }

    public String getDetail() {
        return detail;
    }
}
