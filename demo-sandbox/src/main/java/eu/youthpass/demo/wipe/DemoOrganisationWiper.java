package eu.youthpass.demo.wipe;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.logging.Logger;

/**
 * Step "wipe", writing: one organisation per chunk; {@link OrganisationWipe#wipe(WipeRuns.Item)} deletes its data,
 * re-seeds it (or deletes it) and marks its item done in one transaction. A crash leaves each organisation either
 * untouched or finished, never half-deleted.
 */
@Dependent
@Named("demoOrganisationWiper")
public class DemoOrganisationWiper extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(DemoOrganisationWiper.class.getName());

    @Inject
    JobContext job;

    @Inject
    OrganisationWipe wipe;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            WipeRuns.Item organisation = (WipeRuns.Item) item;
            try {
                long deleted = wipe.wipe(organisation);
                LOG.info(() -> "Demo wipe " + organisation.runId() + ": organisation " + organisation.organisationId()
                        + (organisation.keepSeeded() ? " reset and re-seeded, " : " deleted, ") + deleted + " rows deleted");
            } catch (RuntimeException e) {
                job.setExitStatus("FAILED: organisation " + organisation.organisationId() + ": " + e.getMessage());
                throw e;
            }
        }
    }
}
