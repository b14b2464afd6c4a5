package eu.youthpass.demo.wipe;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;

import java.util.Properties;

/** The job {@code META-INF/batch-jobs/demo-wipe.xml} and its one parameter, the run it works for. */
final class WipeJob {

    static final String NAME = "demo-wipe";
    static final String RUN_ID = "runId";

    private WipeJob() {
    }

    static Properties parameters(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty(RUN_ID, Long.toString(runId));
        return parameters;
    }

    static long runId(JobContext job) {
        return Long.parseLong(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()).getProperty(RUN_ID));
    }
}
