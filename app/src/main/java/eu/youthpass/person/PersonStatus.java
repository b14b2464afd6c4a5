package eu.youthpass.person;

/** Where a learner is on the way to a certificate; later issues move them along. */
public enum PersonStatus {
    ADDED,
    INVITED,
    /** The learner submitted their self-assessment; the organisation reviews it. */
    SUBMITTED,
    /** The organisation sent the self-assessment back with a comment; the learner edits it again. */
    SENT_BACK,
    ACCEPTED,
    CERTIFICATE_ISSUED;

    /** The learner may still change their self-assessment. */
    public boolean isEditableByLearner() {
        return this == ADDED || this == INVITED || this == SENT_BACK;
    }

    /** The organisation can read the self-assessment (drafts stay private to the learner). */
    public boolean isReviewable() {
        return this == SUBMITTED || this == ACCEPTED || this == CERTIFICATE_ISSUED;
    }

    /** The organisation may generate a certificate: the self-assessment was accepted (and perhaps certified). */
    public boolean isCertifiable() {
        return this == ACCEPTED || this == CERTIFICATE_ISSUED;
    }

    /** A person can be removed until a certificate has been issued for them. */
    public boolean isRemovable() {
        return this != CERTIFICATE_ISSUED;
    }
}
