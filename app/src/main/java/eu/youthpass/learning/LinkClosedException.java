package eu.youthpass.learning;

/**
 * A learner's link that no longer opens anything: unknown (mistyped, tampered), expired, revoked or replaced by a
 * newer one. Carries the organisation's name when the link was real, so the page can say whom to ask.
 */
public class LinkClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LearnerInvitation.State state;
    private final String organisationName;

    LinkClosedException(LearnerInvitation.State state, String organisationName) {
        super(state == null ? "Unknown learner link" : "Learner link " + state, null, false, false);
        this.state = state;
        this.organisationName = organisationName;
    }

    /** Null for a link we never issued. */
    public LearnerInvitation.State state() {
        return state;
    }

    public boolean isUnknown() {
        return state == null;
    }

    public String organisationName() {
        return organisationName;
    }
}
