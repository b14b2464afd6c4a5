package eu.youthpass.person.web;

import eu.youthpass.learning.LearnerInvitations;
import eu.youthpass.learning.web.InvitationDialog;
import java.util.ArrayList;

import eu.youthpass.person.Person;
import eu.youthpass.person.PersonService;
import eu.youthpass.person.PersonStatus;
import eu.youthpass.platform.web.Pages;
import eu.youthpass.project.Project;
import eu.youthpass.project.web.ProjectPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** project/people.xhtml?project=…: the project's people with their status, searched and paged in the database. */
@Named
@ViewScoped
public class PeopleBacking extends ProjectPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonService people;

    private String search;
    private PersonStatus status;
    private boolean hasActivities;
    private LazyDataModel<Person> model;
    private List<Person> selected = new ArrayList<>();
    private final InvitationDialog invitation = new InvitationDialog("people");

    @Inject
    transient LearnerInvitations invitations;

    public void load() {
        loadProject();
        hasActivities = !projects.activities(getProject()).isEmpty();
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) people.count(projectId, filter());
            }

            @Override
            public List<Person> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return people.people(projectId, filter(), first, pageSize);
            }

            @Override
            public String getRowKey(Person person) {
                return String.valueOf(person.getId());
            }

            @Override
            public Person getRowData(String rowKey) {
                return people.person(projectId, Long.parseLong(rowKey));
            }
        };
    }

    private PersonService.Filter filter() {
        return new PersonService.Filter(search, status);
    }

    public void remove(long personId) {
        if (people.remove(projectId, personId)) {
            Pages.info("people.removed");
        } else {
            Pages.error("people.not_removable");
        }
    }

    /** Invites the ticked people (of this page of the list) with one message. */
    public void inviteSelected() {
        if (selected == null || selected.isEmpty()) {
            Pages.error("people.none_selected");
            return;
        }
        if (invitation.send(invitations, projectId, selected.stream().map(Person::getId).toList())) {
            selected = new ArrayList<>();
        }
    }

    /** Invites everyone of the project who has not been invited yet, whatever page of the list they are on. */
    public void inviteAllNew() {
        List<Long> added = people.idsWithStatus(projectId, PersonStatus.ADDED);
        if (added.isEmpty()) {
            Pages.error("people.none_new");
            return;
        }
        invitation.send(invitations, projectId, added);
        selected = new ArrayList<>();
    }

    public InvitationDialog getInvitation() {
        return invitation;
    }

    public List<Person> getSelected() {
        return selected;
    }

    public void setSelected(List<Person> selected) {
        this.selected = selected;
    }

    public List<PersonStatus> getStatuses() {
        return Arrays.asList(PersonStatus.values());
    }

    public boolean isHasActivities() {
        return hasActivities;
    }

    public LazyDataModel<Person> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public PersonStatus getStatus() {
        return status;
    }

    public void setStatus(PersonStatus status) {
        this.status = status;
    }
}
