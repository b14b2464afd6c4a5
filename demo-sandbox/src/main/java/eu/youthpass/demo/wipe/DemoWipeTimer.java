package eu.youthpass.demo.wipe;

import eu.youthpass.demo.DemoReadiness;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, on every replica: is a wipe due, or one to resume? The cron schedule itself is ours
 * ({@code YP_DEMO_WIPE_CRON} in {@code YP_DEMO_WIPE_ZONE}), so the timer only asks; the lock and the one run per
 * slot make sure a single replica does the work.
 */
@Singleton
// no container transaction: each step commits on its own, and the batch runtime must not start inside one
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoWipeTimer {

    private static final Logger LOG = Logger.getLogger(DemoWipeTimer.class.getName());

    @Inject
    DemoWipes wipes;

    @Inject
    @Readiness
    DemoReadiness readiness;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (!readiness.isReady()) {
            return;
        }
        try {
            wipes.tick(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo wipe check failed; trying again in a minute: " + e.getMessage(), e);
        }
    }
}
