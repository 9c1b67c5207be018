package org.hamsafar.feedback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code perMinute} requests per client in each calendar minute (a fixed window: a burst
 * around a minute's edge may reach twice the limit, which is enough to stop a flood). Counts are
 * kept in this instance's memory, so with several instances behind a load balancer each one counts
 * on its own; a forgotten client (at most 100,000 are kept) simply starts again at zero.
 */
final class PageRateLimiter {
    private final int perMinute;
    private final Clock clock;
    private final Cache<String, AtomicInteger> windows = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(2))
            .maximumSize(100_000)
            .build();

    PageRateLimiter(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("The rate limit must be at least 1 per minute, not " + perMinute);
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one request of {@code client}; false when the client already used up this minute. */
    boolean allow(String client) {
        long minute = clock.millis() / 60_000;
        AtomicInteger count = windows.get(client + "@" + minute, key -> new AtomicInteger());
        return count.incrementAndGet() <= perMinute;
    }

    /** Seconds until the current window ends, for a Retry-After header. */
    long secondsToNextWindow() {
        return 60 - (clock.millis() / 1000) % 60;
    }
}
