package eu.youthpass.demo.wipe;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/** Step "sweep": ended workshops whose seats the wipe has deleted lose their logins and their record. */
@Dependent
@Named("demoWipeSweep")
public class DemoWipeSweep extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(DemoWipeSweep.class.getName());

    @Inject
    WipeRuns runs;

    @Override
    public String process() {
        int deleted = runs.sweepEndedWorkshops();
        if (deleted > 0) {
            LOG.info(() -> "Demo wipe: " + deleted + " logins and records of ended workshops deleted");
        }
        return "SWEPT";
    }
}
