package org.hamsafar.analytics.experiments;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The alternative hypothesis of a comparison of a variant with the control: the variant differs
 * (two-sided), is greater, or is less.
 */
enum Alternative {
    TWO_SIDED("two-sided"), GREATER("greater"), LESS("less");

    private final String key;

    Alternative(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    static Optional<Alternative> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }

    /**
     * The p-value of a statistic whose null distribution is symmetric, from its lower tail
     * probability {@code below} = P(T <= t) and upper tail {@code above} = P(T >= t).
     */
    double pValue(double below, double above) {
        return switch (this) {
            case TWO_SIDED -> Math.min(1, 2 * Math.min(below, above));
            case GREATER -> above;
            case LESS -> below;
        };
    }

    /** The tail probability each side of a confidence interval leaves out: alpha/2 two-sided, alpha one-sided. */
    double tail(double confidence) {
        return this == TWO_SIDED ? (1 - confidence) / 2 : 1 - confidence;
    }
}
