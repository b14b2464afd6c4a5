package eu.youthpass.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "anna@example.org",
            "anna.berzina@example.lv",
            "first.last+tag@sub.example.co.uk",
            "o'brien@example.ie",
            "x@y.eu",
            "  anna@example.org  "
    })
    void acceptsOrdinaryAddresses(String email) {
        assertTrue(EmailValidator.isValid(email), email);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "anna",
            "anna@",
            "@example.org",
            "anna@example",
            "anna@localhost",
            "anna@@example.org",
            "anna@ex@ample.org",
            "anna berzina@example.org",
            "anna@exam ple.org",
            "Anna <anna@example.org>",
            "anna@example.org, bob@example.org",
            "anna..b@example.org",
            "anna@example..org",
            ".anna@example.org",
            "anna@-example.org.",
            "anna@example.org\nBcc: x@evil.example"
    })
    void rejectsMalformedAddresses(String email) {
        assertFalse(EmailValidator.isValid(email), email);
    }

    @Test
    void rejectsNull() {
        assertFalse(EmailValidator.isValid(null));
    }

    @Test
    void rejectsAddressesLongerThan254Characters() {
        String domain = "@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + ".example.org";
        String longest = "a".repeat(254 - domain.length()) + domain;
        assertEquals(254, longest.length());
        String overlong = "a" + longest;
        assertEquals(255, overlong.length());

        assertTrue(EmailValidator.isValid(longest));
        assertFalse(EmailValidator.isValid(overlong));
    }
}
