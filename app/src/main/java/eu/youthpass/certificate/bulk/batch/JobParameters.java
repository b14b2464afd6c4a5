package eu.youthpass.certificate.bulk.batch;

/**
 * The job's parameters: the run to work on and its organisation, the tenant, passed explicitly because batch
 * threads have no signed-in user; and into how many partitions the step is split.
 */
public final class JobParameters {

    public static final String JOB = "generate-certificates";
    public static final String RUN = "runId";
    public static final String ORGANISATION = "organisationId";
    public static final String PARTITIONS = "partitions";

    private JobParameters() {
    }
}
