package org.hamsafar.feedback;

import java.util.Locale;
import java.util.Optional;

/** A dimension a metric can be broken down by: the touchpoint or the channel of the response. */
public enum MetricDimension {
    TOUCHPOINT("touchpoint"), CHANNEL("channel");

    /** The survey_answer column; a fixed name, never user text, so it may be written into SQL. */
    private final String column;

    MetricDimension(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MetricDimension> fromKey(String key) {
        for (MetricDimension dimension : values()) {
            if (dimension.key().equals(key)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }
}
