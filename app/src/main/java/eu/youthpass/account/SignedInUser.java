package eu.youthpass.account;

import eu.youthpass.organisation.MemberRole;
import eu.youthpass.organisation.OrganisationChoice;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** A snapshot of the signed-in user kept in the session; never an entity. */
public record SignedInUser(Long userId, String email, String fullName, Locale locale, boolean helpdesk,
                           Long organisationId, String organisationName, boolean owner, Long membershipId,
                           MemberRole role, List<OrganisationChoice> organisations) implements Serializable {

    /** Owners and members administer the organisation's data and every project; editors only their projects. */
    public boolean administers() {
        return role != null && role.administers();
    }

    public boolean hasOrganisation() {
        return organisationId != null;
    }
}
