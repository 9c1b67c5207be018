package org.hamsafar.feedback;

import java.util.Locale;
import java.util.Optional;

/** How a metric series groups days: one point per day, week or month of the chosen calendar. */
public enum MetricInterval {
    DAY, WEEK, MONTH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MetricInterval> fromKey(String key) {
        for (MetricInterval interval : values()) {
            if (interval.key().equals(key)) {
                return Optional.of(interval);
            }
        }
        return Optional.empty();
    }
}
