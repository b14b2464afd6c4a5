package eu.youthpass.demo.workshop;

/** A workshop that cannot be opened, with the demo bundle key of the reason. */
public class WorkshopRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reasonKey;

    public WorkshopRefused(String reasonKey) {
        super(reasonKey);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
