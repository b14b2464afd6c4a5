package eu.youthpass.demo.wipe;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/** Writes how the run ended into its history line and lets the next wipe (here or on another replica) start. */
@Dependent
@Named("demoWipeListener")
public class DemoWipeListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(DemoWipeListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    WipeRuns runs;

    @Inject
    WipeLock lock;

    @Override
    public void afterJob() {
        long runId = WipeJob.runId(job);
        try {
            boolean completed = job.getBatchStatus() == BatchStatus.COMPLETED
                    || job.getBatchStatus() == BatchStatus.STARTED; // afterJob runs before the final status is set
            String exit = job.getExitStatus();
            boolean failed = !completed || (exit != null && exit.startsWith("FAILED"));
            String error = exit != null && exit.startsWith("FAILED") ? exit : "The job failed (" + job.getBatchStatus()
                    + "); the server log says why.";
            runs.finish(runId, failed ? WipeStatus.FAILED : WipeStatus.COMPLETED, failed ? error : null);
            LOG.info(() -> "Demo wipe " + runId + (failed ? " failed: " + error : " completed"));
        } finally {
            lock.release();
        }
    }
}
