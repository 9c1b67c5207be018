package org.hamsafar.analytics.forecast;

import java.util.Locale;

/** How the seasonal pattern combines with level and trend; NONE is Holt's linear trend method (Holt 1957). */
enum SeasonalForm {
    /** no seasonal component */
    NONE,
    /** y = level + trend + season: the seasonal swing keeps its size (FPP3 §8.3, additive method) */
    ADDITIVE,
    /** y = (level + trend) × season: the seasonal swing grows with the level (FPP3 §8.3, multiplicative method) */
    MULTIPLICATIVE;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
