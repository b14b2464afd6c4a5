package eu.youthpass.project;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.platform.tenancy.TenantData;
import eu.youthpass.platform.web.NotFoundException;
import eu.youthpass.project.number.ProjectNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;

/**
 * The current organisation's projects and their activities. Every lookup names the organisation; an id of another
 * organisation's project is "not found". Organisations cannot delete projects (only the helpdesk can).
 */
@ApplicationScoped
@Transactional
@TenantData
public class ProjectService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProjectHistory history;

    /** Newest change first; the search matches number or title, ignoring case. */
    public List<Project> list(String search) {
        String pattern = "%" + (search == null ? "" : search.strip().toLowerCase(Locale.ROOT)) + "%";
        var user = currentUser.get();
        var query = em.createQuery("""
                        select p from Project p where p.organisationId = :organisation
                        and (lower(p.number) like :q or lower(p.title) like :q)"""
                        + (user.administers() ? "" : " and p.id in (select g.key.projectId from EditorGrant g where g.key.membershipId = :membership)")
                        + " order by p.updatedAt desc", Project.class)
                .setParameter("organisation", currentUser.organisationId())
                .setParameter("q", pattern)
                .setMaxResults(500);
        if (!user.administers()) {
            query.setParameter("membership", user.membershipId());
        }
        return query.getResultList();
    }

    /** Coordinating organisations enter one project per volunteer, so a repeated number is allowed, with a warning. */
    public long countWithNumber(ProjectNumber number) {
        return em.createQuery("select count(p) from Project p where p.organisationId = :organisation and p.number = :number", Long.class)
                .setParameter("organisation", currentUser.organisationId())
                .setParameter("number", number.value())
                .getSingleResult();
    }

    public Project create(ProjectNumber number, ProjectDetails details) {
        requireAdministrator();
        Project project = new Project(currentUser.organisationId(), number, details);
        em.persist(project);
        em.flush();
        history.record(project, "history.created", number.value());
        return project;
    }

    public Project get(long projectId) {
        List<Project> found = em.createQuery("select p from Project p where p.id = :id and p.organisationId = :organisation", Project.class)
                .setParameter("id", projectId)
                .setParameter("organisation", currentUser.organisationId())
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        Project project = found.get(0);
        if (!currentUser.isAdministrator() && !isGranted(project.getId())) {
            throw new NotFoundException(); // an editor sees only the projects they were invited to
        }
        project.getPartners().size();
        return project;
    }

    /** Refuses the save when someone else saved the project since the form was opened. */
    public void describe(long projectId, ProjectDetails details) {
        Project project = get(projectId);
        requireVersion(project.getVersion(), details.getVersion());
        project.describe(details);
        history.record(project, "history.details_changed", details.getTitle());
    }

    public void addPartner(long projectId, String name, String country) {
        Project project = get(projectId);
        project.getPartners().add(new ProjectPartner(project, name, country));
        markChanged(project);
        history.record(project, "history.partner_added", name);
    }

    public void removePartner(long projectId, long partnerId) {
        Project project = get(projectId);
        ProjectPartner partner = project.getPartners().stream().filter(p -> p.getId().equals(partnerId)).findFirst()
                .orElseThrow(NotFoundException::new);
        project.getPartners().remove(partner);
        markChanged(project);
        history.record(project, "history.partner_removed", partner.getName());
    }

    public List<Activity> activities(long projectId) {
        return activities(get(projectId));
    }

    /** The activities of a project the caller has already looked up with {@link #get(long)}. */
    public List<Activity> activities(Project project) {
        return em.createNamedQuery(Activity.OF_PROJECT, Activity.class)
                .setParameter("project", project.getId())
                .setParameter("organisation", project.getOrganisationId())
                .getResultList();
    }

    public Activity activity(long projectId, long activityId) {
        return em.createNamedQuery(Activity.ONE, Activity.class)
                .setParameter("id", activityId)
                .setParameter("project", projectId)
                .setParameter("organisation", currentUser.organisationId())
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    public Activity saveActivity(long projectId, ActivityForm form) {
        Project project = get(projectId);
        Activity activity;
        if (form.getId() == null) {
            activity = new Activity(project, form);
            em.persist(activity);
            history.record(project, "history.activity_added", form.getTitle());
        } else {
            activity = activity(projectId, form.getId());
            requireVersion(activity.getVersion(), form.getVersion());
            activity.describe(form);
            history.record(project, "history.activity_changed", form.getTitle());
        }
        markChanged(project);
        return activity;
    }

    public List<ProjectChange> history(long projectId) {
        return history.of(get(projectId));
    }

    /**
     * Moves the project up the "last changed" list without bumping its version: adding a person must not make a
     * colleague's open edit of the project details fail.
     */
    public void markChanged(Project project) {
        em.createQuery("update Project p set p.updatedAt = :now where p.id = :id and p.organisationId = :organisation")
                .setParameter("now", java.time.Instant.now())
                .setParameter("id", project.getId())
                .setParameter("organisation", project.getOrganisationId())
                .executeUpdate();
    }

    private boolean isGranted(long projectId) {
        return em.createQuery("select count(g) from EditorGrant g where g.key.membershipId = :membership and g.key.projectId = :project", Long.class)
                .setParameter("membership", currentUser.get().membershipId())
                .setParameter("project", projectId)
                .getSingleResult() > 0;
    }

    /** Entering projects is for the organisation's members, not for editors of one project. */
    public void requireAdministrator() {
        if (!currentUser.isAdministrator()) {
            throw new NotFoundException();
        }
    }

    static void requireVersion(long current, long edited) {
        if (current != edited) {
            throw new OptimisticLockException("Changed by someone else since the form was opened");
        }
    }
}
