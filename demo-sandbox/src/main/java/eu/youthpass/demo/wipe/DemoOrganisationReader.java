package eu.youthpass.demo.wipe;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Step "wipe", reading: the next organisation of the plan not done yet. Its position is in the database (items are
 * marked done in the chunk's transaction), so a restarted or resumed job simply continues with what is left.
 */
@Dependent
@Named("demoOrganisationReader")
public class DemoOrganisationReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    WipeRuns runs;

    @Override
    public Object readItem() {
        return runs.nextPending(WipeJob.runId(job)).orElse(null);
    }
}
