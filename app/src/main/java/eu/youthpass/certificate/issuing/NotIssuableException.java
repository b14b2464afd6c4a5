package eu.youthpass.certificate.issuing;

/**
 * This learner's certificate cannot be made as asked; {@code reason} is a bundle key ({@code certificate.not_issuable.*})
 * that the page or the bulk report shows. One learner's problem, never the platform's: the bulk job skips the learner.
 */
public class NotIssuableException extends RuntimeException {

    private final String reason;

    public NotIssuableException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
