package eu.youthpass.project.web;

import eu.youthpass.platform.web.Pages;
import eu.youthpass.project.ActivityForm;
import eu.youthpass.project.ActivityType;
import eu.youthpass.project.Project;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;

import java.util.List;

/** project/activity.xhtml?project=…[&id=…]: adds or edits an activity, with the types that fit the project. */
@Named
@ViewScoped
public class ActivityBacking extends ProjectPage {

    private static final long serialVersionUID = 1L;

    private Long id;
    private ActivityForm form;
    private int existingActivities;
    private boolean conflict;

    public void load() {
        loadProject();
        existingActivities = projects.activities(getProject()).size();
        form = id == null ? new ActivityForm() : projects.activity(projectId, id).form();
    }

    public List<ActivityType> getTypes() {
        return ActivityType.fitting(getProject().parsedNumber().format());
    }

    public void save() {
        if (!ProjectDates.valid(form.getStartDate(), form.getEndDate(), "activity")) {
            return;
        }
        try {
            projects.saveActivity(projectId, form);
        } catch (OptimisticLockException e) {
            conflict = true;
            Pages.error("general.conflict");
            return;
        }
        Project p = getProject();
        Pages.info("activity.saved", form.getTitle());
        if (!p.isDateWithin(form.getStartDate()) || !p.isDateWithin(form.getEndDate())) {
            Pages.warn("activity.outside_project_dates");
        }
        Pages.keepMessages();
        Pages.redirect("/project/view.xhtml?id=" + projectId);
    }

    /** With exactly one activity, certificates show its title and description: the page says so. */
    public boolean isOnlyActivity() {
        return existingActivities == 0 || (existingActivities == 1 && id != null);
    }

    public boolean isConflict() {
        return conflict;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivityForm getForm() {
        return form;
    }
}
