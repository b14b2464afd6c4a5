package eu.youthpass.platform.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules shown next to every password field: 10 to 128 characters, not the e-mail address, not one of the
 * passwords everybody tries first. Length beats composition rules (NIST SP 800-63B).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> TOO_COMMON = Set.of(
            "1234567890", "12345678910", "0123456789", "password12", "password123", "qwertyuiop", "1q2w3e4r5t",
            "qwerty1234", "iloveyou12", "youthpass1", "youthpass123", "erasmusplus", "abcdefghij", "1111111111",
            "aaaaaaaaaa", "passwordpassword", "parole1234", "parole12345");

    private PasswordPolicy() {
    }

    /** The i18n key of the first broken rule, or empty when the password is acceptable. */
    public static Optional<String> violation(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.rule.too_short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.rule.too_long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (TOO_COMMON.contains(lower) || lower.chars().distinct().count() < 3) {
            return Optional.of("password.rule.too_common");
        }
        if (email != null && !email.isBlank() && lower.contains(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.rule.contains_email");
        }
        return Optional.empty();
    }
}
