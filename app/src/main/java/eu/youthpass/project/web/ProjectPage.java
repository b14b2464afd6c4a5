package eu.youthpass.project.web;

import eu.youthpass.platform.web.NotFoundException;
import eu.youthpass.project.Project;
import eu.youthpass.project.ProjectService;
import jakarta.inject.Inject;

import java.io.Serializable;

/**
 * A page about one project, named by {@code ?project=…}. The project is looked up through {@link ProjectService},
 * so a missing, malformed or other organisation's id is "not found" on every such page alike.
 */
public abstract class ProjectPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected transient ProjectService projects;

    protected Long projectId;
    private transient Project project;

    /** Call first in the page's f:viewAction. */
    protected Project loadProject() {
        project = null;
        return getProject();
    }

    public Project getProject() {
        if (projectId == null) {
            throw new NotFoundException();
        }
        if (project == null) {
            project = projects.get(projectId);
        }
        return project;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }
}
