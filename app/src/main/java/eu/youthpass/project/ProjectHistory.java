package eu.youthpass.project;

import eu.youthpass.account.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** Writes and reads a project's history of changes; called inside the services' transactions. */
@ApplicationScoped
public class ProjectHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Project project, String what, String detail) {
        var user = currentUser.get();
        em.persist(new ProjectChange(project, user.userId(), user.fullName(), what, detail));
    }

    /** For work done with no session (a batch job): who started it is named by the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Project project, Long userId, String userName, String what, String detail) {
        em.persist(new ProjectChange(project, userId, userName, what, detail));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<ProjectChange> of(Project project) {
        return em.createNamedQuery(ProjectChange.OF_PROJECT, ProjectChange.class)
                .setParameter("project", project.getId())
                .setParameter("organisation", project.getOrganisationId())
                .setMaxResults(200)
                .getResultList();
    }
}
