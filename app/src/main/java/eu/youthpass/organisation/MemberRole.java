package eu.youthpass.organisation;

/** The owner (account holder) manages members; every member administers the organisation's projects. */
public enum MemberRole {
    OWNER,
    MEMBER
}
