package eu.youthpass.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static final String EMAIL = "janis@example.org";

    private static Optional<String> check(String password) {
        return PasswordPolicy.violation(password, EMAIL);
    }

    @Test
    void acceptsAShortSentenceInLatvian() {
        assertEquals(Optional.empty(), check("Jānis Bērziņš mīl kafiju"));
    }

    @Test
    void acceptsExactlyTheMinimumAndTheMaximumLength() {
        assertEquals(Optional.empty(), check("kx7-Tq9!mZ"));
        assertEquals(10, "kx7-Tq9!mZ".length());
        assertEquals(Optional.empty(), check("abc".repeat(42) + "xy"));
        assertEquals(PasswordPolicy.MAX_LENGTH, ("abc".repeat(42) + "xy").length());
    }

    @Test
    void rejectsNullAndShortPasswords() {
        assertEquals(Optional.of("password.rule.too_short"), check(null));
        assertEquals(Optional.of("password.rule.too_short"), check(""));
        assertEquals(Optional.of("password.rule.too_short"), check("kx7-Tq9!m"));
    }

    @Test
    void countsCodePointsNotUtf16CharsForTheMinimum() {
        // five emoji are ten UTF-16 chars but only five characters a person typed
        String fiveEmoji = "😀🎉🚀🌍🍕";
        assertEquals(10, fiveEmoji.length());
        assertEquals(Optional.of("password.rule.too_short"), check(fiveEmoji));

        String tenEmoji = "😀🎉🚀🌍🍕🐱🌈🎸📚⚽";
        assertEquals(Optional.empty(), check(tenEmoji));
    }

    @Test
    void rejectsPasswordsLongerThanTheMaximum() {
        assertEquals(Optional.of("password.rule.too_long"), check("abc".repeat(43)));
    }

    @Test
    void rejectsCommonPasswordsWhateverTheCase() {
        assertEquals(Optional.of("password.rule.too_common"), check("1234567890"));
        assertEquals(Optional.of("password.rule.too_common"), check("Password123"));
        assertEquals(Optional.of("password.rule.too_common"), check("YouthPass123"));
        assertEquals(Optional.of("password.rule.too_common"), check("QWERTYUIOP"));
    }

    @Test
    void rejectsPasswordsWithFewerThanThreeDifferentCharacters() {
        assertEquals(Optional.of("password.rule.too_common"), check("zzzzzzzzzzzz"));
        assertEquals(Optional.of("password.rule.too_common"), check("abababababab"));
        assertEquals(Optional.of("password.rule.too_common"), check("AbAbAbAbAbAb"));
        assertEquals(Optional.empty(), check("abcabcabcabc"));
    }

    @Test
    void rejectsPasswordsContainingTheEmailAddress() {
        assertEquals(Optional.of("password.rule.contains_email"), check("my JANIS@example.org pass"));
        assertEquals(Optional.of("password.rule.contains_email"),
                PasswordPolicy.violation("xx janis@example.org yy", "  Janis@Example.org  "));
    }

    @Test
    void ignoresAMissingEmail() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("Jānis Bērziņš mīl kafiju", null));
        assertEquals(Optional.empty(), PasswordPolicy.violation("Jānis Bērziņš mīl kafiju", "  "));
    }

    @Test
    void reportsTheFirstBrokenRuleOnly() {
        Optional<String> violation = PasswordPolicy.violation("a@b.lv", "a@b.lv");
        assertTrue(violation.isPresent());
        assertEquals("password.rule.too_short", violation.get());
    }
}
