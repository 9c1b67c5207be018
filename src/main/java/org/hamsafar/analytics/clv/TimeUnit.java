package org.hamsafar.analytics.clv;

import java.util.Locale;
import java.util.Optional;

/** The unit the models' times (t_x, T, the parameters' scale alpha, beta) are measured in. */
enum TimeUnit {
    DAY(1, 365),
    WEEK(7, 52),
    /** An average month, 365.25 / 12 days. */
    MONTH(365.25 / 12, 12);

    final double days;
    /** Units in a year: the default window of expected purchases. */
    final int perYear;

    TimeUnit(double days, int perYear) {
        this.days = days;
        this.perYear = perYear;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<TimeUnit> of(String key) {
        for (TimeUnit unit : values()) {
            if (unit.key().equals(key)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
