package org.hamsafar.analytics.drivers;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a driver falls in the importance × performance grid, split at the drivers' average
 * importance (100% / drivers) and average performance: the classic priority map of key-driver
 * analysis. Important and weak: improve first; important and strong: maintain; unimportant and
 * weak: monitor; unimportant and strong: a surplus that could be spent elsewhere.
 */
enum Quadrant {
    IMPROVE, MAINTAIN, MONITOR, SURPLUS;

    static Quadrant of(boolean important, boolean strong) {
        if (important) {
            return strong ? MAINTAIN : IMPROVE;
        }
        return strong ? SURPLUS : MONITOR;
    }

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
