package eu.youthpass.project.web;

import eu.youthpass.platform.web.Pages;
import eu.youthpass.project.Project;
import eu.youthpass.project.ProjectDetails;
import eu.youthpass.project.ProjectService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;

import java.io.Serializable;

/** project/edit.xhtml?id=…: the project's details and partner organisations. */
@Named
@ViewScoped
public class ProjectEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProjectService projects;

    private Long id;
    private transient Project project;
    private ProjectDetails details;
    private boolean conflict;
    private String partnerName;
    private String partnerCountry;

    public void load() {
        if (id == null) {
            Pages.notFound();
        }
        project = projects.get(id);
        details = project.details();
    }

    public Project getProject() {
        if (id == null) {
            throw new eu.youthpass.platform.web.NotFoundException();
        }
        if (project == null) {
            project = projects.get(id);
        }
        return project;
    }

    public void save() {
        if (!ProjectDates.valid(details.getStartDate(), details.getEndDate(), "details")) {
            return;
        }
        try {
            projects.describe(id, details);
        } catch (OptimisticLockException e) {
            conflict = true;
            Pages.error("general.conflict");
            return;
        }
        Pages.info("project.saved");
        Pages.keepMessages();
        Pages.redirect("/project/view.xhtml?id=" + id);
    }

    public void addPartner() {
        projects.addPartner(id, partnerName.strip(), partnerCountry);
        partnerName = null;
        partnerCountry = null;
        project = null;
        Pages.info("project.partner_added");
    }

    public void removePartner(long partnerId) {
        projects.removePartner(id, partnerId);
        project = null;
        Pages.info("project.partner_removed");
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

    public ProjectDetails getDetails() {
        return details;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public void setPartnerName(String partnerName) {
        this.partnerName = partnerName;
    }

    public String getPartnerCountry() {
        return partnerCountry;
    }

    public void setPartnerCountry(String partnerCountry) {
        this.partnerCountry = partnerCountry;
    }
}
