package org.hamsafar.actions.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a failed delivery is tried again: after attempt n the pause is base * 2^(n-1), at most the
 * cap, of which a random half is taken off ("equal jitter": between half and all of it), so that
 * after an outage the endpoints are not hit by every queued delivery at the same moment. After
 * {@code max-attempts} attempts the delivery is dead. Settings: {@code hamsafar.notifications.retry.base}
 * (PT30S), {@code .cap} (PT1H), {@code .max-attempts} (8).
 */
@Component
class RetryPolicy {
    private final Duration base;
    private final Duration cap;
    private final int maxAttempts;
    private final RandomGenerator random;

    @Autowired
    RetryPolicy(@Value("${hamsafar.notifications.retry.base:PT30S}") Duration base,
                @Value("${hamsafar.notifications.retry.cap:PT1H}") Duration cap,
                @Value("${hamsafar.notifications.retry.max-attempts:8}") int maxAttempts) {
        this(base, cap, maxAttempts, RandomGenerator.getDefault());
    }

    RetryPolicy(Duration base, Duration cap, int maxAttempts, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("hamsafar.notifications.retry: base must be positive and cap at least base");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("hamsafar.notifications.retry.max-attempts must be at least 1");
        }
        this.base = base;
        this.cap = cap;
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** The longest pause after attempt {@code attempt} (1-based), before jitter. */
    Duration pauseAfter(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 40);
        long millis = base.toMillis();
        for (int i = 0; i < doublings && millis < cap.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, cap.toMillis()));
    }

    /** When to try again after {@code attemptsMade} failed attempts, or null when the delivery is dead. */
    Instant retryAt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return null;
        }
        long pause = pauseAfter(attemptsMade).toMillis();
        long half = pause / 2;
        return now.plusMillis(pause - half + random.nextLong(half + 1));
    }
}
