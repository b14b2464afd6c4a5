package eu.youthpass.person;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.person.importing.PeopleImport;
import eu.youthpass.platform.tenancy.TenantData;
import eu.youthpass.platform.web.NotFoundException;
import eu.youthpass.project.Activity;
import eu.youthpass.project.Project;
import eu.youthpass.project.ProjectHistory;
import eu.youthpass.project.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The people of a project of the current organisation. */
@ApplicationScoped
@Transactional
@TenantData
public class PersonService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProjectService projects;

    @Inject
    ProjectHistory history;

    /** Which people to list: a name or e-mail fragment and, optionally, one status. */
    public record Filter(String search, PersonStatus status) {
    }

    public List<Person> people(long projectId, Filter filter, int first, int max) {
        return query(projectId, filter, "select p", " order by p.lastName, p.firstName, p.id", Person.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(long projectId, Filter filter) {
        return query(projectId, filter, "select count(p)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(long projectId, Filter filter, String select, String order, Class<T> type) {
        Project project = projects.get(projectId);
        String search = filter.search() == null ? "" : filter.search().strip().toLowerCase(Locale.ROOT);
        TypedQuery<T> query = em.createQuery(select + " " + """
                 from Person p where p.project.id = :project and p.organisationId = :organisation
                 and (lower(p.firstName) like :q or lower(p.lastName) like :q or lower(p.email) like :q
                      or lower(concat(p.firstName, ' ', p.lastName)) like :q)""" + (filter.status() == null ? "" : " and p.status = :status") + order, type)
                .setParameter("project", project.getId())
                .setParameter("organisation", project.getOrganisationId())
                .setParameter("q", "%" + search + "%");
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        return query;
    }

    public Map<PersonStatus, Long> countsByStatus(long projectId) {
        Project project = projects.get(projectId);
        Map<PersonStatus, Long> counts = new EnumMap<>(PersonStatus.class);
        for (PersonStatus status : PersonStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("""
                        select p.status, count(p) from Person p where p.project.id = :project and p.organisationId = :organisation
                        group by p.status""", Object[].class)
                .setParameter("project", project.getId())
                .setParameter("organisation", project.getOrganisationId())
                .getResultList()
                .forEach(row -> counts.put((PersonStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** The ids of the project's people in one status, e.g. everyone not invited yet. */
    public List<Long> idsWithStatus(long projectId, PersonStatus status) {
        Project project = projects.get(projectId);
        return em.createQuery("""
                        select p.id from Person p where p.project.id = :project and p.organisationId = :organisation
                        and p.status = :status order by p.lastName, p.firstName, p.id""", Long.class)
                .setParameter("project", project.getId())
                .setParameter("organisation", project.getOrganisationId())
                .setParameter("status", status)
                .getResultList();
    }

    public Person person(long projectId, long personId) {
        Person person = em.createQuery("""
                        select p from Person p where p.id = :id and p.project.id = :project and p.organisationId = :organisation""", Person.class)
                .setParameter("id", personId)
                .setParameter("project", projectId)
                .setParameter("organisation", currentUser.organisationId())
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
        person.getActivities().size();
        return person;
    }

    /** People can only be added once the project has an activity, since certificates name the activities. */
    public Person save(long projectId, PersonForm form) {
        Project project = projects.get(projectId);
        List<Activity> activities = projects.activities(project);
        if (activities.isEmpty()) {
            throw new IllegalStateException("A project needs an activity before people can be added");
        }
        List<Activity> chosen = activities.stream().filter(a -> form.getActivityIds().contains(a.getId())).toList();
        Person person;
        if (form.getId() == null) {
            person = new Person(project, form, chosen);
            em.persist(person);
            history.record(project, "history.person_added", form.getFirstName() + " " + form.getLastName());
        } else {
            person = person(projectId, form.getId());
            if (person.getVersion() != form.getVersion()) {
                throw new OptimisticLockException("Changed by someone else since the form was opened");
            }
            person.describe(form, chosen);
            history.record(project, "history.person_changed", form.getFirstName() + " " + form.getLastName());
        }
        projects.markChanged(project);
        return person;
    }

    /** The project's e-mail addresses in lower case: the spreadsheet import warns about someone added twice. */
    public Set<String> emails(long projectId) {
        Project project = projects.get(projectId);
        return new HashSet<>(em.createQuery("""
                        select lower(p.email) from Person p where p.project.id = :project and p.organisationId = :organisation""",
                        String.class)
                .setParameter("project", project.getId())
                .setParameter("organisation", project.getOrganisationId())
                .getResultList());
    }

    /**
     * Adds the checked people of a spreadsheet, all in this one transaction: either everyone is saved or, if anything
     * fails, nobody. The activities are those of this project of the caller's organisation, whatever ids a form
     * holds; the history gets one line with the count rather than one per person.
     */
    public int importPeople(long projectId, List<PersonForm> forms) {
        if (forms.isEmpty()) {
            return 0;
        }
        if (forms.size() > PeopleImport.MAX_PEOPLE) {
            throw new IllegalArgumentException("At most " + PeopleImport.MAX_PEOPLE + " people at once, not " + forms.size());
        }
        Project project = projects.get(projectId);
        List<Activity> activities = projects.activities(project);
        if (activities.isEmpty()) {
            throw new IllegalStateException("A project needs an activity before people can be added");
        }
        for (PersonForm form : forms) {
            if (form.getId() != null) {
                throw new IllegalArgumentException("An import only adds people");
            }
            List<Activity> chosen = activities.stream().filter(a -> form.getActivityIds().contains(a.getId())).toList();
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("Every imported person needs an activity of the project");
            }
            em.persist(new Person(project, form, chosen));
        }
        history.record(project, "history.people_imported", String.valueOf(forms.size()));
        projects.markChanged(project);
        return forms.size();
    }

    /** False when a certificate was issued for the person: then they stay. */
    public boolean remove(long projectId, long personId) {
        Person person = person(projectId, personId);
        if (!person.getStatus().isRemovable()) {
            return false;
        }
        Project project = projects.get(projectId);
        em.remove(person);
        projects.markChanged(project);
        history.record(project, "history.person_removed", person.getFullName());
        return true;
    }
}
