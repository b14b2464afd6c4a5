package eu.youthpass.project;

/** Whether the organisation coordinates the project or takes part as a partner. */
public enum OrganisationRole {
    COORDINATOR,
    PARTNER
}
