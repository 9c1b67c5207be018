package org.hamsafar.journeys.peakend;

import java.time.Duration;
import java.time.Instant;

/**
 * A validated peak-end question: journeys that ended in {@code [from, to)}, grouped by {@code grouping}
 * ({@code gap} is null for {@link JourneyGrouping#PERIOD}), outcomes looked for within {@code horizon}
 * after each journey's end, a purchase being an event of type {@code purchaseType}. {@code channel},
 * {@code touchpoint} and {@code segment} (a customer tag) narrow the moments; null means any.
 */
record PeakEndQuery(Instant from, Instant to, JourneyGrouping grouping, Duration gap, Duration horizon, String channel,
                           String touchpoint, String segment, String purchaseType) {
    PeakEndQuery {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if ((grouping == JourneyGrouping.GAP) != (gap != null)) {
            throw new IllegalArgumentException("a gap is needed exactly when journeys are grouped by gap");
        }
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("the horizon must be positive");
        }
    }
}
