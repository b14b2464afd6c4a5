package eu.youthpass.organisation;

import java.io.Serializable;

/** One entry of the organisation switcher. */
public record OrganisationChoice(Long id, String name, MemberRole role) implements Serializable {
}
