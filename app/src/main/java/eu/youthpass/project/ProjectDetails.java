package eu.youthpass.project;

import java.io.Serializable;
import java.time.LocalDate;

/** The editable part of a project, as a form holds it; {@code version} guards against a concurrent edit. */
public class ProjectDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private LocalDate startDate;
    private LocalDate endDate;
    private String venueCity;
    private String venueCountry;
    private OrganisationRole organisationRole = OrganisationRole.COORDINATOR;
    private String legalRepresentativeName;
    private String legalRepresentativeFunction;
    private String responsibleName;
    private String responsibleFunction;
    private long version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getVenueCity() {
        return venueCity;
    }

    public void setVenueCity(String venueCity) {
        this.venueCity = venueCity;
    }

    public String getVenueCountry() {
        return venueCountry;
    }

    public void setVenueCountry(String venueCountry) {
        this.venueCountry = venueCountry;
    }

    public OrganisationRole getOrganisationRole() {
        return organisationRole;
    }

    public void setOrganisationRole(OrganisationRole organisationRole) {
        this.organisationRole = organisationRole;
    }

    public String getLegalRepresentativeName() {
        return legalRepresentativeName;
    }

    public void setLegalRepresentativeName(String legalRepresentativeName) {
        this.legalRepresentativeName = legalRepresentativeName;
    }

    public String getLegalRepresentativeFunction() {
        return legalRepresentativeFunction;
    }

    public void setLegalRepresentativeFunction(String legalRepresentativeFunction) {
        this.legalRepresentativeFunction = legalRepresentativeFunction;
    }

    public String getResponsibleName() {
        return responsibleName;
    }

    public void setResponsibleName(String responsibleName) {
        this.responsibleName = responsibleName;
    }

    public String getResponsibleFunction() {
        return responsibleFunction;
    }

    public void setResponsibleFunction(String responsibleFunction) {
        this.responsibleFunction = responsibleFunction;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
