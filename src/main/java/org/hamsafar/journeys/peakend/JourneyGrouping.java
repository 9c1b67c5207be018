package org.hamsafar.journeys.peakend;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a customer's moments become journeys. {@code GAP}: consecutive moments no more than the gap
 * apart belong to one journey (an episode). {@code PERIOD}: all of a customer's moments in the
 * requested period are one journey.
 */
enum JourneyGrouping {
    GAP, PERIOD;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<JourneyGrouping> fromKey(String key) {
        return Arrays.stream(values()).filter(g -> g.key().equals(key)).findFirst();
    }
}
