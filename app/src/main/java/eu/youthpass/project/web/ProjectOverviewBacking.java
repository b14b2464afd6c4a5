package eu.youthpass.project.web;

import eu.youthpass.person.PersonService;
import eu.youthpass.person.PersonStatus;
import eu.youthpass.platform.web.Pages;
import eu.youthpass.project.Activity;
import eu.youthpass.project.Project;
import eu.youthpass.project.ProjectChange;
import eu.youthpass.project.ProjectPhase;
import eu.youthpass.project.ProjectService;
import eu.youthpass.project.number.ProjectNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** project/view.xhtml?id=…: where the project is in the process, its key facts, what to do next. */
@Named
@RequestScoped
public class ProjectOverviewBacking {

    @Inject
    ProjectService projects;

    @Inject
    PersonService people;

    @Inject
    eu.youthpass.account.CurrentUser currentUser;

    private Long id;
    private Project project;
    private List<Activity> activities;
    private Map<PersonStatus, Long> counts;
    private List<ProjectChange> history;

    public void load() {
        if (id == null) {
            Pages.notFound();
        }
        project = projects.get(id);
        activities = projects.activities(project);
        counts = people.countsByStatus(id);
        history = currentUser.isAdministrator() ? projects.history(id) : List.of(); // administrators only
    }

    /** When the id did not convert, load() was skipped: the page is "not found", not an error. */
    private Project loaded() {
        if (project == null) {
            throw new eu.youthpass.platform.web.NotFoundException();
        }
        return project;
    }

    public ProjectPhase getPhase() {
        return ProjectPhase.of(activities, counts, LocalDate.now());
    }

    public List<ProjectPhase> getPhases() {
        return Arrays.asList(ProjectPhase.values());
    }

    public long getPeopleTotal() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public ProjectNumber getNumber() {
        return loaded().parsedNumber();
    }

    public List<PersonStatus> getStatuses() {
        return Arrays.asList(PersonStatus.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Project getProject() {
        return loaded();
    }

    public List<Activity> getActivities() {
        return activities;
    }

    public Map<PersonStatus, Long> getCounts() {
        return counts;
    }

    public List<ProjectChange> getHistory() {
        return history;
    }
}
