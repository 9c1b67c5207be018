package org.hamsafar.actions.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Exponential backoff with equal jitter: the pause doubles from the base up to the cap; dead after the last attempt. */
class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2025-03-21T08:00:00Z");

    /** A generator that always answers the lowest (0) or the highest possible value. */
    private static RandomGenerator fixed(boolean highest) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                return highest ? bound - 1 : 0;
            }
        };
    }

    @Test
    void thePauseDoublesFromThirtySecondsToAnHour() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8, fixed(true));
        assertThat(policy.pauseAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.pauseAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.pauseAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.pauseAfter(7)).isEqualTo(Duration.ofSeconds(1920));
        assertThat(policy.pauseAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.pauseAfter(100)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void jitterTakesOffAtMostHalfThePause() {
        RetryPolicy low = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8, fixed(false));
        RetryPolicy high = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8, fixed(true));
        // After the third attempt the pause is 120 s: between 60 s and 120 s.
        assertThat(low.retryAt(3, NOW)).isEqualTo(NOW.plusSeconds(60));
        assertThat(high.retryAt(3, NOW)).isEqualTo(NOW.plusSeconds(120));
        RetryPolicy random = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8, RandomGenerator.of("L64X128MixRandom"));
        for (int i = 0; i < 200; i++) {
            assertThat(random.retryAt(1, NOW)).isBetween(NOW.plusSeconds(15), NOW.plusSeconds(30));
        }
    }

    @Test
    void afterTheLastAttemptThereIsNoRetry() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 3, fixed(true));
        assertThat(policy.retryAt(2, NOW)).isNotNull();
        assertThat(policy.retryAt(3, NOW)).isNull();
        assertThat(policy.retryAt(4, NOW)).isNull();
    }
}
