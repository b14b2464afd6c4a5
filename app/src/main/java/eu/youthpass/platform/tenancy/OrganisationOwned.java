package eu.youthpass.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** Tenant data: the organisation it belongs to is set once, at creation, and every query names it. */
@MappedSuperclass
public abstract class OrganisationOwned {

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    protected OrganisationOwned() {
    }

    protected OrganisationOwned(long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public boolean belongsTo(long organisationId) {
        return this.organisationId != null && this.organisationId == organisationId;
    }
}
