package eu.youthpass.person;

/** Where a learner is on the way to a certificate; later issues move them along. */
public enum PersonStatus {
    ADDED,
    INVITED,
    SUBMITTED,
    ACCEPTED,
    CERTIFICATE_ISSUED;

    /** A person can be removed until a certificate has been issued for them. */
    public boolean isRemovable() {
        return this != CERTIFICATE_ISSUED;
    }
}
