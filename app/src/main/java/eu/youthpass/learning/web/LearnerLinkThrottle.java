package eu.youthpass.learning.web;

import eu.youthpass.platform.security.AttemptThrottle;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;

/** Wrong learner links from one address: thirty in fifteen minutes (a school network shares one address), then that address waits. */
@ApplicationScoped
public class LearnerLinkThrottle {

    private final AttemptThrottle byAddress = new AttemptThrottle(30, Duration.ofMinutes(15), Clock.systemUTC());

    public Duration waitFor(String clientAddress) {
        return byAddress.waitFor(clientAddress);
    }

    public void failed(String clientAddress) {
        byAddress.failed(clientAddress);
    }
}
