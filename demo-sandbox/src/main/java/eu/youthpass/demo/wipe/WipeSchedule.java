package eu.youthpass.demo.wipe;

import eu.youthpass.demo.DemoSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/** When the demo is wiped: {@code YP_DEMO_WIPE_CRON} in {@code YP_DEMO_WIPE_ZONE}, every Sunday at 20:00 in Brussels by default. */
@ApplicationScoped
public class WipeSchedule {

    @Inject
    DemoSettings settings;

    /** Slots missed longer ago than this are not looked for one by one (a yearly cron still finds its last one). */
    private static final Duration LOOK_BACK = Duration.ofDays(400);

    Clock clock = Clock.systemUTC();

    /** The next wipe after now, in the schedule's zone. */
    public ZonedDateTime next() {
        return settings.wipeSchedule().next(ZonedDateTime.now(clock).withZoneSameInstant(settings.wipeZone()));
    }

    /**
     * The latest slot after {@code since} that has come (is not after now), if any: when several were missed while
     * the demo was down, one wipe stands for them all.
     */
    public Optional<Instant> dueSlot(Instant since, Instant now) {
        CronSchedule cron = settings.wipeSchedule();
        Instant from = since.isBefore(now.minus(LOOK_BACK)) ? now.minus(LOOK_BACK) : since;
        ZonedDateTime slot = cron.next(from.atZone(settings.wipeZone()));
        if (slot.toInstant().isAfter(now)) {
            return Optional.empty();
        }
        ZonedDateTime following = cron.next(slot);
        while (!following.toInstant().isAfter(now)) {
            slot = following;
            following = cron.next(slot);
        }
        return Optional.of(slot.toInstant());
    }
}
