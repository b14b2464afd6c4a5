package eu.youthpass.demo.wipe;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step "plan": lists the organisations to wipe, once per run (a resumed run keeps its plan). */
@Dependent
@Named("demoWipePlan")
public class DemoWipePlan extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    WipeRuns runs;

    @Override
    public String process() {
        runs.plan(WipeJob.runId(job));
        return "PLANNED";
    }
}
