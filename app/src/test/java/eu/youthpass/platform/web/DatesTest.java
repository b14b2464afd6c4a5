package eu.youthpass.platform.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesTest {

    @Test
    void formatsAnInstantWithTheLanguagesPatternInTheServersZone() {
        var instant = LocalDateTime.of(2026, 3, 7, 14, 5).atZone(ZoneId.systemDefault()).toInstant();
        assertEquals("7 Mar 2026", Dates.format(instant, "general.date_pattern", Locale.ENGLISH));
        assertEquals("7 Mar 2026, 14:05", Dates.format(instant, "general.datetime_pattern", Locale.ENGLISH));
        String latvian = Dates.format(instant, "general.date_pattern", Locale.forLanguageTag("lv"));
        assertTrue(latvian.startsWith("2026. gada 7. mar"), latvian);
        assertEquals("", Dates.format(null, "general.date_pattern", Locale.ENGLISH));
    }
}
