package eu.youthpass.demo.wipe;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CronScheduleTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BRUSSELS);
    }

    @Test
    void sundayEveningInBrussels() {
        CronSchedule schedule = CronSchedule.parse("0 20 * * SUN");
        // Friday 4 December 2026 → Sunday 6 December 20:00
        assertEquals(at("2026-12-06T20:00"), schedule.next(at("2026-12-04T19:01:30")));
        // exactly at the slot: the next one is a week later
        assertEquals(at("2026-12-13T20:00"), schedule.next(at("2026-12-06T20:00")));
        assertEquals(at("2026-12-06T20:00"), schedule.next(at("2026-12-06T19:59:59")));
    }

    @Test
    void sundayIsZeroOrSevenAndNamesIgnoreCase() {
        ZonedDateTime friday = at("2026-12-04T10:00");
        assertEquals(CronSchedule.parse("0 20 * * 0").next(friday), CronSchedule.parse("0 20 * * 7").next(friday));
        assertEquals(CronSchedule.parse("0 20 * * sun").next(friday), CronSchedule.parse("0 20 * * 0").next(friday));
    }

    @Test
    void everyMinute() {
        assertEquals(at("2026-12-04T10:01"), CronSchedule.parse("* * * * *").next(at("2026-12-04T10:00:00")));
        assertEquals(at("2026-12-04T10:01"), CronSchedule.parse("* * * * *").next(at("2026-12-04T10:00:59.999")));
    }

    @Test
    void stepsRangesAndLists() {
        CronSchedule schedule = CronSchedule.parse("*/15 9-17 * * MON-FRI");
        assertEquals(at("2026-12-07T09:00"), schedule.next(at("2026-12-04T17:45"))); // Friday after the last slot → Monday
        assertEquals(at("2026-12-04T10:15"), schedule.next(at("2026-12-04T10:00")));
        assertEquals(at("2026-12-04T12:05"), CronSchedule.parse("5,35 12 * * *").next(at("2026-12-04T11:00")));
        assertEquals(at("2027-01-01T00:00"), CronSchedule.parse("0 0 1 JAN *").next(at("2026-12-04T11:00")));
        assertEquals(at("2026-12-04T11:30"), CronSchedule.parse("30/10 * * * *").next(at("2026-12-04T11:00")));
    }

    @Test
    void bothDayFieldsRestrictedMeansEither() {
        // the 15th, or any Monday: after Friday 4 December comes Monday 7 December
        assertEquals(at("2026-12-07T00:00"), CronSchedule.parse("0 0 15 * MON").next(at("2026-12-04T11:00")));
    }

    @Test
    void daylightSavingTime() {
        // 29 March 2026: clocks go from 02:00 to 03:00 in Brussels; a 02:30 slot fires at 03:30 that day
        ZonedDateTime next = CronSchedule.parse("30 2 * * *").next(at("2026-03-29T01:00"));
        assertEquals(LocalDateTime.parse("2026-03-29T03:30"), next.toLocalDateTime());
        // the wipe at 20:00 stays at 20:00 local time across the change
        assertEquals(at("2026-03-29T20:00"), CronSchedule.parse("0 20 * * SUN").next(at("2026-03-28T20:00")));
        assertEquals(at("2026-04-05T20:00"), CronSchedule.parse("0 20 * * SUN").next(at("2026-03-29T20:00")));
    }

    @Test
    void leapDay() {
        assertEquals(at("2028-02-29T12:00"), CronSchedule.parse("0 12 29 2 *").next(at("2026-12-04T00:00")));
    }

    @Test
    void wrongExpressionsSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("0 20 * *"))
                .getMessage().contains("5 fields"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("60 20 * * *"))
                .getMessage().contains("minute"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("0 20 * * FUN"))
                .getMessage().contains("day of week"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("0 20 5-1 * *"))
                .getMessage().contains("backwards"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("0 0 30 2 *"))
                .getMessage().contains("never fires"));
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse(""));
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("*/0 * * * *"));
    }
}
