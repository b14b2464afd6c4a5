package eu.youthpass.organisation;

/**
 * The owner (account holder) manages members; every member administers the organisation's projects; an editor
 * works on the projects they were invited to and sees nothing else of the organisation.
 */
public enum MemberRole {
    OWNER,
    MEMBER,
    EDITOR;

    /** Owners and members administer every project of the organisation and its data. */
    public boolean administers() {
        return this != EDITOR;
    }
}
