package eu.youthpass.person.web;

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
