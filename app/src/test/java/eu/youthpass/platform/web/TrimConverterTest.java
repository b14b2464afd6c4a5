package eu.youthpass.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TrimConverterTest {

    @Test
    void blankIsNothing() {
        assertNull(TrimConverter.trim(null));
        assertNull(TrimConverter.trim(""));
        assertNull(TrimConverter.trim("   "));
        assertNull(TrimConverter.trim(" \t\n "));
        assertNull(TrimConverter.trim("\u00A0\u3000\u2009"), "no-break, ideographic and thin spaces are spaces too");
    }

    @Test
    void textLosesOnlyTheSpacesAroundIt() {
        assertEquals("Jānis Bērziņš", TrimConverter.trim("  Jānis Bērziņš\u00A0"));
        assertEquals("Anna\u00A0Maria", TrimConverter.trim("Anna\u00A0Maria"));
        assertEquals("مريم الحسن", TrimConverter.trim(" مريم الحسن "));
    }
}
