package eu.youthpass.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttemptThrottleTest {

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2025-06-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final TestClock clock = new TestClock();
    private final AttemptThrottle throttle = new AttemptThrottle(3, WINDOW, clock);

    @Test
    void unknownKeyMayTryNow() {
        assertEquals(Duration.ZERO, throttle.waitFor("anna@example.org"));
    }

    @Test
    void failuresBelowTheLimitAreFree() {
        throttle.failed("k");
        throttle.failed("k");
        assertEquals(Duration.ZERO, throttle.waitFor("k"));
    }

    @Test
    void blocksAfterTheFreeAttemptsUntilTheOldestFailureLeavesTheWindow() {
        throttle.failed("k");
        clock.advance(Duration.ofMinutes(1));
        throttle.failed("k");
        clock.advance(Duration.ofMinutes(1));
        throttle.failed("k");

        assertEquals(Duration.ofMinutes(13), throttle.waitFor("k"));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(Duration.ofMinutes(8), throttle.waitFor("k"));
    }

    @Test
    void otherKeysAreNotAffected() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("k");
        }
        assertEquals(WINDOW, throttle.waitFor("k"));
        assertEquals(Duration.ZERO, throttle.waitFor("other"));
    }

    @Test
    void failuresExpireWithTheWindow() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("k");
        }
        clock.advance(WINDOW.minusSeconds(1));
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("k"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, throttle.waitFor("k"));
    }

    @Test
    void onlyFailuresWithinTheWindowCount() {
        throttle.failed("k");
        throttle.failed("k");
        clock.advance(WINDOW);
        throttle.failed("k"); // the first two have expired
        assertEquals(Duration.ZERO, throttle.waitFor("k"));
        throttle.failed("k");
        throttle.failed("k");
        assertEquals(WINDOW, throttle.waitFor("k"));
    }

    @Test
    void successClearsTheKey() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("k");
        }
        assertEquals(WINDOW, throttle.waitFor("k"));
        throttle.succeeded("k");
        assertEquals(Duration.ZERO, throttle.waitFor("k"));
        throttle.failed("k");
        throttle.failed("k");
        assertEquals(Duration.ZERO, throttle.waitFor("k"));
    }
}
