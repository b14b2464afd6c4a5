package eu.youthpass.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after {@code freeAttempts} failures of one key (an address, an e-mail) within the window,
 * further attempts are refused until the oldest failure leaves the window. In memory, per instance: enough to
 * make online guessing useless; a success clears the key.
 */
public class AttemptThrottle {

    private final int freeAttempts;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public AttemptThrottle(int freeAttempts, Duration window, Clock clock) {
        this.freeAttempts = freeAttempts;
        this.window = window;
        this.clock = clock;
    }

    /** How long the key must wait before its next attempt; zero when it may try now. */
    public Duration waitFor(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            Instant now = clock.instant();
            forgetOld(times, now);
            if (times.size() < freeAttempts) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plus(window));
        }
    }

    public void failed(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            forgetOld(times, now);
            times.addLast(now);
        }
        if (failures.size() > 100_000) {
            failures.clear(); // a flood of distinct keys must not exhaust memory
        }
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    private void forgetOld(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }
}
