package eu.youthpass.learning.web;

import eu.youthpass.platform.security.AttemptThrottle;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;

/** Wrong learner links from one address: ten in fifteen minutes, then that address waits. */
@ApplicationScoped
public class LearnerLinkThrottle {

    private final AttemptThrottle byAddress = new AttemptThrottle(10, Duration.ofMinutes(15), Clock.systemUTC());

    public Duration waitFor(String clientAddress) {
        return byAddress.waitFor(clientAddress);
    }

    public void failed(String clientAddress) {
        byAddress.failed(clientAddress);
    }
}
