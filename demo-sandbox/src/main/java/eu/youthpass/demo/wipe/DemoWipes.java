package eu.youthpass.demo.wipe;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Starts the weekly wipe: when its cron slot comes (checked every minute by {@link DemoWipeTimer}), when the helpdesk
 * asks, or to finish a run that stopped half-way. Whoever starts one holds the {@link WipeLock} until the job ends.
 */
@ApplicationScoped
public class DemoWipes {

    private static final Logger LOG = Logger.getLogger(DemoWipes.class.getName());

    @Inject
    WipeLock lock;

    @Inject
    WipeRuns runs;

    @Inject
    WipeSchedule schedule;

    /** The helpdesk's button; empty when a wipe is running already. */
    public Optional<Long> runNow(String requestedBy) {
        return start(WipeTrigger.HELPDESK, null, requestedBy);
    }

    /**
     * Once a minute: resume a run nobody is running any more, else start the scheduled one when its slot has come,
     * else one for workshops that have ended.
     */
    public void tick(Instant now) {
        List<Long> unfinished = runs.unfinished();
        if (!unfinished.isEmpty()) {
            if (lock.tryAcquire()) { // nobody runs a wipe, yet one is unfinished: its replica stopped half-way
                long runId = unfinished.get(0);
                LOG.warning(() -> "Demo wipe " + runId + " stopped before it ended; resuming it");
                launch(runId);
            }
            return;
        }
        Optional<Instant> due = runs.lastSlotOrSetup().flatMap(since -> schedule.dueSlot(since, now));
        if (due.isPresent()) {
            start(WipeTrigger.SCHEDULE, due.get(), null);
        } else if (runs.endedWorkshopsWaiting()) {
            start(WipeTrigger.EXPIRY, null, null);
        }
    }

    public List<WipeRun> history(int max) {
        return runs.history(max);
    }

    public boolean isRunningHere() {
        return lock.isHeldHere();
    }

    private Optional<Long> start(WipeTrigger trigger, Instant slot, String requestedBy) {
        if (!lock.tryAcquire()) {
            return Optional.empty();
        }
        try {
            Optional<Long> runId = runs.create(trigger, slot, requestedBy);
            if (runId.isEmpty()) {
                lock.release(); // another replica has had this slot already
                return runId;
            }
            LOG.info(() -> "Demo wipe " + runId.get() + " starts (" + trigger + (slot == null ? "" : " " + slot) + ")");
            launch(runId.get());
            return runId;
        } catch (RuntimeException e) {
            lock.release(); // harmless when launch has released it already
            throw e;
        }
    }

    /** The lock is held; the job's listener releases it. A job that cannot even start ends its run as failed. */
    private void launch(long runId) {
        try {
            BatchRuntime.getJobOperator().start(WipeJob.NAME, WipeJob.parameters(runId));
        } catch (RuntimeException e) {
            try {
                runs.finish(runId, WipeStatus.FAILED, "The job did not start: " + e.getMessage());
            } finally {
                lock.release();
            }
            throw e;
        }
    }
}
