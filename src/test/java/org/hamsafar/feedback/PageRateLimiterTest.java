package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PageRateLimiterTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-03-01T10:15:05Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aClientGetsItsBudgetEachMinuteAndNoMore() {
        HandClock clock = new HandClock();
        PageRateLimiter limiter = new PageRateLimiter(3, clock);

        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).isFalse();
        assertThat(limiter.secondsToNextWindow()).isEqualTo(55);

        clock.now = clock.now.plus(Duration.ofSeconds(54));
        assertThat(limiter.allow("10.0.0.1")).as("still the same minute").isFalse();
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertThat(limiter.allow("10.0.0.1")).as("a new minute").isTrue();
    }

    @Test
    void clientsAreCountedApart() {
        PageRateLimiter limiter = new PageRateLimiter(1, new HandClock());
        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).isFalse();
        assertThat(limiter.allow("10.0.0.2")).isTrue();
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new PageRateLimiter(0, new HandClock())).isInstanceOf(IllegalArgumentException.class);
    }
}
