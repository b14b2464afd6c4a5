package eu.youthpass.certificate.bulk;

import eu.youthpass.certificate.bulk.batch.JobParameters;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Properties;

/**
 * The batch runtime's job operator, always called outside our transactions: it reads and writes its own embedded
 * job repository, a second non-XA datasource that cannot join a transaction of ours.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class BatchJobs {

    public long start(Properties parameters) {
        return BatchRuntime.getJobOperator().start(JobParameters.JOB, parameters);
    }

    /** Whether this instance's batch runtime is still working on the execution (false when it never heard of it). */
    public boolean isActive(long executionId) {
        try {
            BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus();
            return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
        } catch (NoSuchJobExecutionException forgotten) {
            return false;
        }
    }
}
