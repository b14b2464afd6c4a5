package eu.youthpass.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/** Salted PBKDF2-HMAC-SHA512 with the iteration count OWASP recommends (2023), via Jakarta Security. */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash no password matches, compared against when the account does not exist, so timing tells nothing. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate(SecretToken.generate().value().toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spend the same time as a real check when there is no account to check against. */
    public void spendTimeOfOneCheck(String password) {
        matches(password == null ? "" : password, decoy);
    }
}
