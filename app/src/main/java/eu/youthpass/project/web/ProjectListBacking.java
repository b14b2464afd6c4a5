package eu.youthpass.project.web;

import eu.youthpass.project.Project;
import eu.youthpass.project.ProjectService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** project/index.xhtml: the organisation's projects, last changed first, searchable by number or title. */
@Named
@ViewScoped
public class ProjectListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProjectService projects;

    private String search;
    private transient List<Project> found;

    public List<Project> getProjects() {
        if (found == null) {
            found = projects.list(search);
        }
        return found;
    }

    public void find() {
        found = null;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
