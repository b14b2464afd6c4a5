package eu.youthpass.demo.wipe;

import eu.youthpass.demo.DemoSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which cron slot is due: none before it comes, the latest one when several were missed. */
class WipeScheduleTest {

    private static WipeSchedule schedule(String cron) {
        WipeSchedule schedule = new WipeSchedule();
        schedule.settings = new DemoSettings() {
            @Override
            public CronSchedule wipeSchedule() {
                return CronSchedule.parse(cron);
            }

            @Override
            public ZoneId wipeZone() {
                return ZoneId.of("Europe/Brussels");
            }
        };
        return schedule;
    }

    @Test
    void theSundaySlotIsDueOnceItHasCome() {
        WipeSchedule sunday = schedule("0 20 * * SUN");
        Instant since = Instant.parse("2026-12-04T10:00:00Z"); // Friday
        assertEquals(Optional.empty(), sunday.dueSlot(since, Instant.parse("2026-12-06T18:59:59Z")));
        // 20:00 in Brussels is 19:00 UTC in winter
        assertEquals(Optional.of(Instant.parse("2026-12-06T19:00:00Z")), sunday.dueSlot(since, Instant.parse("2026-12-06T19:00:30Z")));
        // the run of that slot is the new "since": nothing more is due that evening
        assertEquals(Optional.empty(), sunday.dueSlot(Instant.parse("2026-12-06T19:00:00Z"), Instant.parse("2026-12-06T19:05:00Z")));
    }

    @Test
    void missedSlotsGiveOneWipeForTheLatest() {
        WipeSchedule sunday = schedule("0 20 * * SUN");
        assertEquals(Optional.of(Instant.parse("2026-12-20T19:00:00Z")),
                sunday.dueSlot(Instant.parse("2026-12-04T10:00:00Z"), Instant.parse("2026-12-22T08:00:00Z")));
    }

    @Test
    void everyMinute() {
        WipeSchedule minutely = schedule("* * * * *");
        assertEquals(Optional.of(Instant.parse("2026-12-04T10:03:00Z")),
                minutely.dueSlot(Instant.parse("2026-12-04T10:00:00Z"), Instant.parse("2026-12-04T10:03:10Z")));
    }
}
