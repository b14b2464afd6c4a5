package eu.youthpass.certificate.verification;

import eu.youthpass.platform.security.AttemptThrottle;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;

/**
 * Unknown or malformed certificate numbers from one address: twenty in fifteen minutes, then that address waits.
 * Plenty for someone mistyping a number; useless for guessing one of 22^16. A found number does not clear the
 * count, or a guesser could mix in a known number.
 */
@ApplicationScoped
public class VerificationThrottle {

    private final AttemptThrottle byAddress = new AttemptThrottle(20, Duration.ofMinutes(15), Clock.systemUTC());

    public Duration waitFor(String clientAddress) {
        return byAddress.waitFor(clientAddress);
    }

    public void unknownNumber(String clientAddress) {
        byAddress.failed(clientAddress);
    }
}
