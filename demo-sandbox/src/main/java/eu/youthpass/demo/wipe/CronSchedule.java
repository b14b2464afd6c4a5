package eu.youthpass.demo.wipe;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * A classic 5-field cron expression: minute, hour, day of month, month, day of week; each a {@code *}, a value, a
 * range {@code a-b}, a step {@code *}{@code /n} or {@code a-b/n}, or a comma list of those. Months and weekdays also
 * by name ({@code JAN}, {@code SUN}); Sunday is 0 or 7. As in Vixie cron, when both day fields are restricted a day
 * matching either one fires. Small enough to write here rather than pull in a scheduling library for one setting.
 *
 * <pre>
 * CronSchedule sundayEvening = CronSchedule.parse("0 20 * * SUN");
 * ZonedDateTime next = sundayEvening.next(ZonedDateTime.now(ZoneId.of("Europe/Brussels")));
 * </pre>
 */
public final class CronSchedule {

    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> WEEKDAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    /** Far enough for any real expression (29 February on a Monday comes back within 28 years). */
    private static final int SEARCH_YEARS = 30;

    private final String expression;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet days;
    private final BitSet months;
    private final BitSet weekdays;
    private final boolean daysRestricted;
    private final boolean weekdaysRestricted;

    private CronSchedule(String expression, String[] fields) {
        this.expression = expression;
        this.minutes = field("minute", fields[0], 0, 59, List.of());
        this.hours = field("hour", fields[1], 0, 23, List.of());
        this.days = field("day of month", fields[2], 1, 31, List.of());
        this.months = field("month", fields[3], 1, 12, MONTHS);
        BitSet weekdays = field("day of week", fields[4], 0, 7, WEEKDAYS);
        if (weekdays.get(7)) {
            weekdays.set(0);
        }
        this.weekdays = weekdays;
        this.daysRestricted = !fields[2].startsWith("*");
        this.weekdaysRestricted = !fields[4].startsWith("*");
    }

    /** @throws IllegalArgumentException naming the field that is wrong, or when the expression never fires */
    public static CronSchedule parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("empty expression");
        }
        String[] fields = expression.strip().split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("expected 5 fields (minute hour day-of-month month day-of-week), found "
                    + fields.length + " in \"" + expression + "\"");
        }
        CronSchedule schedule = new CronSchedule(expression.strip(), fields);
        schedule.next(LocalDateTime.of(2000, 1, 1, 0, 0).atZone(java.time.ZoneOffset.UTC)); // throws if it never fires
        return schedule;
    }

    /** The first time strictly after {@code after}, in its zone. A time that falls into a daylight-saving gap moves forward. */
    public ZonedDateTime next(ZonedDateTime after) {
        LocalDateTime t = after.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        LocalDateTime limit = t.plusYears(SEARCH_YEARS);
        while (t.isBefore(limit)) {
            if (!months.get(t.getMonthValue())) {
                t = t.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
            } else if (!dayMatches(t.toLocalDate())) {
                t = t.toLocalDate().plusDays(1).atStartOfDay();
            } else if (!hours.get(t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(t.getMinute())) {
                t = t.plusMinutes(1);
            } else {
                ZonedDateTime candidate = t.atZone(after.getZone());
                if (candidate.isAfter(after)) {
                    return candidate;
                }
                t = t.plusMinutes(1);
            }
        }
        throw new IllegalArgumentException("\"" + expression + "\" never fires");
    }

    private boolean dayMatches(LocalDate date) {
        boolean day = days.get(date.getDayOfMonth());
        boolean weekday = weekdays.get(date.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : date.getDayOfWeek().getValue());
        return daysRestricted && weekdaysRestricted ? day || weekday : day && weekday;
    }

    private static BitSet field(String name, String text, int min, int max, List<String> names) {
        BitSet values = new BitSet(max + 1);
        for (String part : text.split(",", -1)) {
            try {
                addPart(values, part.toUpperCase(Locale.ROOT), min, max, names);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " \"" + text + "\": " + e.getMessage());
            }
        }
        return values;
    }

    private static void addPart(BitSet values, String part, int min, int max, List<String> names) {
        int step = 1;
        String range = part;
        int slash = part.indexOf('/');
        if (slash >= 0) {
            step = number(part.substring(slash + 1), 1, max, List.of());
            range = part.substring(0, slash);
        }
        int from;
        int to;
        if (range.equals("*")) {
            from = min;
            to = max;
        } else if (range.contains("-")) {
            String[] ends = range.split("-", -1);
            if (ends.length != 2) {
                throw new IllegalArgumentException("\"" + part + "\" is not a range a-b");
            }
            from = number(ends[0], min, max, names);
            to = number(ends[1], min, max, names);
            if (to < from) {
                throw new IllegalArgumentException("range " + part + " goes backwards");
            }
        } else {
            from = number(range, min, max, names);
            to = slash >= 0 ? max : from;
        }
        for (int v = from; v <= to; v += step) {
            values.set(v);
        }
    }

    private static int number(String text, int min, int max, List<String> names) {
        int named = names.indexOf(text);
        if (named >= 0) {
            return named + (min == 1 ? 1 : 0);
        }
        if (!text.matches("\\d{1,2}")) {
            throw new IllegalArgumentException("\"" + text + "\" is not a number" + (names.isEmpty() ? "" : " or a name"));
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw new IllegalArgumentException(value + " is outside " + min + "–" + max);
        }
        return value;
    }

    @Override
    public String toString() {
        return expression;
    }
}
