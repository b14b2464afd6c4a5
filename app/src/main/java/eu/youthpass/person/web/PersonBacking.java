package eu.youthpass.person.web;

import eu.youthpass.person.PersonForm;
import eu.youthpass.person.PersonService;
import eu.youthpass.person.TeamRole;
import eu.youthpass.platform.i18n.Languages;
import eu.youthpass.platform.web.Pages;
import eu.youthpass.project.Activity;
import eu.youthpass.project.Project;
import eu.youthpass.project.web.ProjectPage;
import eu.youthpass.project.number.LearnerKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** project/person.xhtml?project=…[&id=…]: adds or edits one learner. */
@Named
@ViewScoped
public class PersonBacking extends ProjectPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonService people;

    private Long id;
    private PersonForm form;
    private transient List<Activity> activities;
    private boolean conflict;

    public void load() {
        loadProject();
        activities = projects.activities(getProject());
        if (id != null) {
            form = people.person(projectId, id).form();
        } else {
            form = new PersonForm();
            if (activities.size() == 1) {
                form.setActivityIds(List.of(activities.get(0).getId()));
            }
        }
    }

    public void save() {
        if (form.getBirthDate() != null && !form.getBirthDate().isBefore(LocalDate.now())) {
            Pages.fieldError("person:birthDate", "validation.birth_date_future");
            return;
        }
        if (form.getCertificateLanguages().isEmpty()) {
            Pages.fieldError("person:languages", "person.languages_required");
            return;
        }
        if (form.getKind() == LearnerKind.TEAM_MEMBER && form.getTeamRole() == null) {
            Pages.fieldError("person:teamRole", "person.team_role_required");
            return;
        }
        try {
            people.save(projectId, form);
        } catch (OptimisticLockException e) {
            conflict = true;
            Pages.error("general.conflict");
            return;
        }
        Pages.info("person.saved", form.getFirstName() + " " + form.getLastName());
        Pages.keepMessages();
        Pages.redirect("/project/people.xhtml?project=" + projectId);
    }

    public List<Activity> getActivities() {
        if (activities == null) {
            activities = projects.activities(getProject());
        }
        return activities;
    }

    public List<LearnerKind> getKinds() {
        return Arrays.asList(LearnerKind.values());
    }

    public List<TeamRole> getTeamRoles() {
        return Arrays.asList(TeamRole.values());
    }

    public List<Locale> getLanguages() {
        return Languages.SUPPORTED;
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

    public PersonForm getForm() {
        return form;
    }
}
