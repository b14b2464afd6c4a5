package eu.youthpass.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a link sent by mail: 256 random bits, URL-safe. Only its SHA-256 is stored, so a copy of the
 * database does not open anyone's links.
 *
 * <pre>
 * SecretToken token = SecretToken.generate();
 * store(token.hash());  mail(link + token.value());
 * ... later: repository.findByHash(SecretToken.hashOf(parameter))
 * </pre>
 */
public record SecretToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    public static SecretToken generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        return hashOf(value);
    }

    /** The stored form of a token as received; never fails, so a malformed token is just "not found". */
    public static String hashOf(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
