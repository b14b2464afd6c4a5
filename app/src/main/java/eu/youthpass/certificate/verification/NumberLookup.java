package eu.youthpass.certificate.verification;

import eu.youthpass.certificate.CertificateNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;

/**
 * A number as someone typed or scanned it, looked up for the verification page and the JSON answer alike: any case,
 * with or without dashes; unknown and malformed numbers count against the address that asked.
 */
@ApplicationScoped
public class NumberLookup {

    @Inject
    Verification verification;

    @Inject
    VerificationThrottle throttle;

    public sealed interface Outcome permits Found, Unknown, Throttled {
    }

    public record Found(VerifiedCertificate certificate) implements Outcome {
    }

    /** No certificate has this number; {@code typed} is what was asked, for the message. */
    public record Unknown(String typed) implements Outcome {
    }

    /** Too many unknown numbers from this address lately. */
    public record Throttled(Duration remaining) implements Outcome {

        public long minutes() {
            return Math.max(1, remaining.toMinutes() + (remaining.toSecondsPart() > 0 ? 1 : 0));
        }
    }

    public Outcome lookUp(String typed, String clientAddress) {
        Duration wait = throttle.waitFor(clientAddress);
        if (!wait.isZero()) {
            return new Throttled(wait);
        }
        Optional<VerifiedCertificate> found = CertificateNumber.parse(typed).flatMap(verification::find);
        if (found.isEmpty()) {
            throttle.unknownNumber(clientAddress);
            return new Unknown(typed == null ? "" : typed.strip());
        }
        return new Found(found.get());
    }
}
