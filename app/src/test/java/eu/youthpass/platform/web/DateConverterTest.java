package eu.youthpass.platform.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateConverterTest {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-18T23:30:00Z");
    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    @Test
    void showsAnInstantByTheLanguagesPatternInTheGivenZone() {
        assertEquals("19 Dec 2026", DateConverter.format(LATE_EVENING_UTC, Locale.ENGLISH, "general.date_pattern", RIGA));
        assertEquals("19 Dec 2026, 01:30",
                DateConverter.format(LATE_EVENING_UTC, Locale.ENGLISH, "general.datetime_pattern", RIGA));
        assertEquals("18 Dec 2026", DateConverter.format(LATE_EVENING_UTC, Locale.ENGLISH, "general.date_pattern",
                ZoneId.of("UTC")));
    }

    @Test
    void latvianKeepsTheQuotedWordOfItsPattern() {
        String latvian = DateConverter.format(LATE_EVENING_UTC, Locale.of("lv"), "general.date_pattern", RIGA);
        assertTrue(latvian.startsWith("2026. gada 19. "), latvian);
    }
}
